package app.limber.routine.saved;

import app.limber.catalog.Caution;
import app.limber.catalog.Equipment;
import app.limber.catalog.Slot;
import app.limber.routine.Focus;
import app.limber.routine.Place;
import app.limber.routine.RoutineEdits;
import app.limber.routine.RoutineRequest;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved routine as stored: its inputs and its items in order. */
@Entity
@Table(name = "saved_routine")
class SavedRoutineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The SHA-256 of the token ({@link TokenHash}); the token itself is never stored. */
    @Column(name = "token_hash")
    private String tokenHash;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Slot slot;

    private int minutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Place place;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Focus focus;

    @Column(name = "plan_date")
    private LocalDate planDate;

    private int shuffle;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    /** The SHA-256 of the identifier of the browser that saved it; null for routines saved before V14. */
    @Column(name = "owner_hash")
    private String ownerHash;

    /** The token sealed for the owner's list ({@link TokenSeal}). */
    @Column(name = "owner_token")
    private String ownerToken;

    /** Set while the routine is deleted but restorable; its link then answers 410. */
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "saved_routine_equipment", joinColumns = @JoinColumn(name = "routine_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "equipment")
    private Set<Equipment> equipment = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "saved_routine_caution", joinColumns = @JoinColumn(name = "routine_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "caution")
    private Set<Caution> cautions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "saved_routine_item", joinColumns = @JoinColumn(name = "routine_id"))
    @OrderColumn(name = "position")
    private List<SavedItem> items = new ArrayList<>();

    protected SavedRoutineEntity() {
    }

    SavedRoutineEntity(String tokenHash, String name, RoutineRequest request, List<SavedItem> items,
                       LocalDateTime now) {
        this.tokenHash = tokenHash;
        this.name = name;
        this.slot = request.slot();
        this.minutes = request.minutes();
        this.place = request.place();
        this.focus = request.focus();
        this.planDate = request.date();
        this.shuffle = request.shuffle();
        this.equipment.addAll(request.equipment());
        this.cautions.addAll(request.cautions());
        this.items.addAll(items);
        this.createdAt = now;
        this.updatedAt = now;
    }

    RoutineRequest request() {
        return new RoutineRequest(slot, minutes, equipment.isEmpty() ? EnumSet.noneOf(Equipment.class)
                : EnumSet.copyOf(equipment), place, cautions.isEmpty() ? EnumSet.noneOf(Caution.class)
                : EnumSet.copyOf(cautions), focus, planDate, shuffle);
    }

    String name() {
        return name;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    String tokenHash() {
        return tokenHash;
    }

    int version() {
        return version;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    /** Records the browser that saved it: its identifier's hash, and the token sealed for its list. */
    void own(String ownerHash, String sealedToken) {
        this.ownerHash = ownerHash;
        this.ownerToken = sealedToken;
    }

    boolean ownedBy(String ownerHash) {
        return this.ownerHash != null && this.ownerHash.equals(ownerHash);
    }

    boolean deleted() {
        return deletedAt != null;
    }

    void rename(String name, LocalDateTime now) {
        this.name = name;
        this.updatedAt = now;
    }

    void delete(LocalDateTime now) {
        this.deletedAt = now;
    }

    void restore() {
        this.deletedAt = null;
    }

    /** The items, in order. */
    List<RoutineEdits.Item> items() {
        return items.stream().map(SavedItem::toItem).toList();
    }

    /**
     * Stores an edit's result. Only the stretch that differs is written (an edit changes one run of items: two
     * that swap places, one replaced, one added or taken out), so the statements are those of the edit alone:
     * an element collection rewritten whole would delete and insert every row.
     */
    void replaceItems(List<RoutineEdits.Item> after, LocalDateTime now) {
        List<RoutineEdits.Item> before = items();
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        int beforeEnd = before.size() - suffix;
        int afterEnd = after.size() - suffix;
        int i = prefix;
        for (; i < beforeEnd && i < afterEnd; i++) {
            items.set(i, SavedItem.of(after.get(i)));
        }
        for (int k = i; k < beforeEnd; k++) {
            items.remove(i);
        }
        for (int k = i; k < afterEnd; k++) {
            items.add(k, SavedItem.of(after.get(k)));
        }
        this.updatedAt = now;
    }
}
