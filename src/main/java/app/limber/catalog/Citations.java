package app.limber.catalog;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An article's own name for a movement inside a sentence of the page's language ("Called “Cat-Cow Stretch”"):
 * the name is cited as published, in English, so it is marked {@code lang="en"} for screen readers and the rest
 * of the sentence keeps the page's language.
 */
@Component
class Citations {

    /** Stands for the name while the sentence is escaped: no message contains it. */
    private static final String MARK = "\u0000";

    private final MessageSource messages;

    Citations(MessageSource messages) {
        this.messages = messages;
    }

    /** The escaped sentence of catalog.detail.sourceName with the name in a {@code <span lang="en">}. */
    String sourceName(String nameInArticle) {
        Locale locale = LocaleContextHolder.getLocale();
        String sentence = HtmlUtils.htmlEscape(messages.getMessage("catalog.detail.sourceName",
                new Object[] {MARK}, locale), "UTF-8");
        return sentence.replace(MARK, "<span lang=\"en\">" + HtmlUtils.htmlEscape(nameInArticle, "UTF-8") + "</span>");
    }
}
