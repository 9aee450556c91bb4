package org.importwindow.server.complaint;

import java.time.ZoneOffset;
import java.util.Optional;
import org.importwindow.complaint.ComplaintEvent.PhotoAdded;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The bytes of complaint photos in {@code complaint_photo}, one row per {@link PhotoAdded} event; inserted in the
 * same transaction as the event, never updated or deleted. The primary key (reference, photo_no) refuses a second
 * photo n, as the event's sequence number refuses a second step n.
 */
@Repository
@DependsOnDatabaseInitialization
public class ComplaintPhotoStore {

    /** A stored photo: its content type and bytes. */
    public record Content(String contentType, byte[] bytes) {
    }

    private final JdbcClient db;

    public ComplaintPhotoStore(JdbcClient db) {
        this.db = db;
    }

    public void insert(String reference, PhotoAdded p, byte[] bytes) {
        db.sql("insert into complaint_photo (reference, photo_no, content_type, size_bytes, sha256, content, "
                        + "uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(reference, p.number(), p.contentType(), p.size(), p.sha256(), bytes,
                        p.at().atOffset(ZoneOffset.UTC), p.by())
                .update();
    }

    public Optional<Content> find(String reference, int number) {
        return db.sql("select content_type, content from complaint_photo where reference = ? and photo_no = ?")
                .params(reference, number)
                .query((rs, n) -> new Content(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    public long count() {
        return db.sql("select count(*) from complaint_photo").query(Long.class).single();
    }
}
