package org.importwindow.server.complaint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.ComplaintEvent.PhotoAdded;
import org.importwindow.complaint.ComplaintRuleException;
import org.importwindow.complaint.PhotoMetadata;
import org.importwindow.complaint.PhotoType;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos of a complaint, added after filing by the consumer who filed it and read by them and the regulator. What a
 * photo is, is decided by its bytes ({@link PhotoType}): the file name and the declared content type are the
 * sender's claim and are ignored. What is stored is the photo without its metadata ({@link PhotoMetadata}: EXIF
 * with the GPS position where it was taken, the owner's name and the camera's serial number, XMP, IPTC, comments),
 * the image data kept byte for byte; the size and SHA-256 in the event are those of the stored bytes, and the event
 * and {@link PhotoView} say what was removed. A file whose structure cannot be followed is refused (CMP-024). A
 * refused photo stores nothing; an accepted one is a {@link PhotoAdded} event and its bytes, written in one
 * transaction.
 *
 * <p>Who: another consumer's complaint is "not found" (as for reading it); the regulator and administrators may not
 * add photos (403: the evidence is the complainant's), and administrators do not see them either, since a photo may
 * show a person or a home and only the regulator sees personal data unmasked.
 */
@Service
public class ComplaintPhotoService {

    /**
     * A photo as listed with its complaint: size and SHA-256 of the stored bytes, and the metadata removed before
     * storing (null for a photo stored before metadata was removed).
     */
    public record PhotoView(int number, String contentType, long size, String sha256,
                            PhotoMetadata.Removed metadataRemoved, String link) {
    }

    private final ComplaintStore complaints;
    private final ComplaintPhotoStore photos;
    private final ComplaintService service;
    private final ComplaintProperties.Photos limits;
    private final TransactionTemplate tx;

    public ComplaintPhotoService(ComplaintStore complaints, ComplaintPhotoStore photos, ComplaintService service,
                                 ComplaintProperties properties, TransactionTemplate tx) {
        this.complaints = complaints;
        this.photos = photos;
        this.service = service;
        this.limits = properties.photos();
        this.tx = tx;
    }

    public ComplaintProperties.Photos limits() {
        return limits;
    }

    /** The largest photo in bytes. */
    public long maxBytes() {
        return limits.maxSize().toBytes();
    }

    /**
     * Adds {@code bytes} as the next photo of the user's complaint. A caller reading a stream may stop at
     * {@link #maxBytes()} + 1 bytes: anything longer is refused as too large all the same.
     */
    public PhotoView add(AppUser user, String reference, byte[] bytes) {
        if (!user.has(Role.CONSUMER)) {
            throw ComplaintProblem.forbidden();
        }
        Complaint c = complaints.find(reference).filter(x -> x.consumer().equals(user.username()))
                .orElseThrow(() -> ComplaintProblem.notFound(reference));
        if (bytes == null || bytes.length == 0) {
            throw problem("CMP-023", "Choose a photo to upload.", "请选择要上传的照片。");
        }
        if (bytes.length > maxBytes()) {
            throw problem("CMP-021", "The photo must be at most " + limits.maxSize().toMegabytes() + " MB.",
                    "照片不得超过" + limits.maxSize().toMegabytes() + " MB。");
        }
        PhotoType type = PhotoType.of(bytes).orElseThrow(() -> problem("CMP-020",
                "The photo must be a JPEG or PNG picture (recognised by its content, not its name).",
                ComplaintProblem.ZH.get("CMP-020")));
        PhotoMetadata.Stripped stripped;
        try {
            stripped = PhotoMetadata.strip(bytes);
        } catch (ComplaintRuleException ex) {
            throw problem(ex.code(), ex.getMessage(), ComplaintProblem.ZH.get(ex.code()));
        }
        if (c.photos().size() >= limits.maxCount()) {
            throw problem("CMP-022", "A complaint takes at most " + limits.maxCount() + " photos.",
                    "每件投诉最多" + limits.maxCount() + "张照片。");
        }
        byte[] stored = stripped.bytes();
        PhotoAdded e = new PhotoAdded(c.photos().size() + 1, type.contentType(), stored.length, sha256(stored),
                stripped.removed(), service.now(), user.username());
        try {
            c.then(e);
        } catch (ComplaintRuleException ex) {
            HttpStatus status = ex.code().equals("CMP-101") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            throw ComplaintProblem.of(status, ex.code(), "photo", ex.getMessage());
        }
        try {
            tx.executeWithoutResult(s -> {
                complaints.append(reference, c.events().size() + 1, e);
                photos.insert(reference, e, stored);
            });
        } catch (DataIntegrityViolationException ex) {
            // another step or photo went in at the same moment: the unique keys let one in and refuse this one
            throw ComplaintProblem.of(HttpStatus.CONFLICT, "CMP-409", "",
                    "Someone else changed this complaint just now; reload it and try again.");
        }
        return view(reference, e);
    }

    /** Photo {@code number} of the complaint for its owner or the regulator; 404 for anyone else who may ask. */
    public ComplaintPhotoStore.Content read(AppUser user, String reference, int number) {
        boolean regulator = user.has(Role.REGULATOR);
        if (!regulator && !user.has(Role.CONSUMER)) {
            throw ComplaintProblem.forbidden();
        }
        complaints.find(reference).filter(x -> regulator || x.consumer().equals(user.username()))
                .orElseThrow(() -> ComplaintProblem.notFound(reference));
        return photos.find(reference, number).orElseThrow(() -> ComplaintProblem.of(HttpStatus.NOT_FOUND,
                "CMP-404", "photo", "No photo " + number + " of complaint " + reference + "."));
    }

    static PhotoView view(String reference, PhotoAdded p) {
        return new PhotoView(p.number(), p.contentType(), p.size(), p.sha256(), p.metadataRemoved(),
                "/api/v1/complaints/" + reference + "/photos/" + p.number());
    }

    static List<PhotoView> views(Complaint c) {
        return c.photos().stream().map(p -> view(c.reference(), p)).toList();
    }

    private static ComplaintProblem problem(String code, String en, String zh) {
        return new ComplaintProblem(HttpStatus.BAD_REQUEST, List.of(new BilingualError(code, "photo", en, zh)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
