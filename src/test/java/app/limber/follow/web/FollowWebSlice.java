package app.limber.follow.web;

import app.limber.catalog.DosageText;
import app.limber.follow.FollowTextConfig;
import app.limber.follow.RecordingHistory;
import app.limber.routine.FakeRoutineLookup;
import app.limber.routine.SmallCatalog;
import app.limber.system.PublicUrls;
import app.limber.system.WebSlice;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * The one web slice of the follow and history pages: the routine lookup and the history are fakes (routines from
 * the small test catalog, logged sessions kept in a list). Every slice test of this package declares the same, so
 * they share one Spring context instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebSlice({FollowController.class, HistoryController.class})
@Import({SmallCatalog.Builder.class, FakeRoutineLookup.Config.class, FollowTextConfig.class, DosageText.class,
        RecordingHistory.class, HistoryCookie.class, FollowConfig.class, PublicUrls.class})
@interface FollowWebSlice {
}
