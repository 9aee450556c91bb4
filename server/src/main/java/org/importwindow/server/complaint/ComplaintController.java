package org.importwindow.server.complaint;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.server.security.AppUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/complaints}: file (consumer), list (own, or all for the regulator), read one with its deadlines and
 * events, the regulator's queue and steps, and the complaint's photos (added by its consumer after filing, as a
 * multipart field {@code photo} or as the raw body). {@code asOf} (ISO date) judges the deadlines on another day than
 * today.
 */
@RestController
@RequestMapping("/api/v1/complaints")
public class ComplaintController {

    private final ComplaintService service;
    private final ComplaintPhotoService photos;

    public ComplaintController(ComplaintService service, ComplaintPhotoService photos) {
        this.service = service;
        this.photos = photos;
    }

    /** A reason or an outcome with a note. */
    public record StepJson(String reason, String outcome, String note) {
    }

    @PostMapping
    public ResponseEntity<ComplaintView> file(@AuthenticationPrincipal AppUser user,
                                              @RequestBody ComplaintRequestJson body) {
        ComplaintView v = service.file(user, body.draft());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + v.reference())).body(v);
    }

    @GetMapping
    public List<ComplaintView> list(@AuthenticationPrincipal AppUser user,
                                    @RequestParam(required = false) LocalDate asOf) {
        return service.list(user, day(asOf));
    }

    @GetMapping("/queue")
    public List<ComplaintView> queue(@AuthenticationPrincipal AppUser user,
                                     @RequestParam(required = false) LocalDate asOf) {
        return service.queue(user, day(asOf));
    }

    @GetMapping("/{reference}")
    public ComplaintView get(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                             @RequestParam(required = false) LocalDate asOf) {
        return service.get(user, reference, day(asOf));
    }

    @GetMapping("/{reference}/events")
    public List<ComplaintView.Step> events(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.get(user, reference, service.today()).events();
    }

    @PostMapping("/{reference}/acceptance")
    public ComplaintView accept(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.accept(user, reference);
    }

    @PostMapping("/{reference}/decline")
    public ComplaintView decline(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                                 @RequestBody(required = false) StepJson body) {
        return service.decline(user, reference, body == null ? null : body.reason());
    }

    @PostMapping("/{reference}/mediation")
    public ComplaintView mediate(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.startMediation(user, reference);
    }

    @PostMapping("/{reference}/closure")
    public ComplaintView close(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                               @RequestBody(required = false) StepJson body) {
        return service.close(user, reference, body == null ? null : body.outcome(), body == null ? null : body.note());
    }

    /** A photo as the multipart form field {@code photo}; its file name and declared type are ignored. */
    @PostMapping(path = "/{reference}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ComplaintPhotoService.PhotoView> addPhoto(
            @AuthenticationPrincipal AppUser user, @PathVariable String reference,
            @RequestParam(name = "photo", required = false) MultipartFile photo) {
        return created(photos.add(user, reference, photoBytes(photo, photos.maxBytes())));
    }

    /** A photo as the whole body ({@code image/jpeg}, {@code image/png}; the bytes decide, not the header). */
    @PostMapping("/{reference}/photos")
    public ResponseEntity<ComplaintPhotoService.PhotoView> addPhotoBody(
            @AuthenticationPrincipal AppUser user, @PathVariable String reference, HttpServletRequest request) {
        return created(photos.add(user, reference, bodyBytes(request, photos.maxBytes())));
    }

    @GetMapping("/{reference}/photos/{number}")
    public ResponseEntity<byte[]> photo(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                                        @PathVariable int number) {
        return image(photos.read(user, reference, number), reference, number);
    }

    /**
     * The image answer of the API and the pages: the stored (sniffed) type, shown inline, never re-sniffed by the
     * browser as something else, and private to the caller.
     */
    public static ResponseEntity<byte[]> image(ComplaintPhotoStore.Content c, String reference, int number) {
        String ext = org.importwindow.complaint.PhotoType.ofContentType(c.contentType())
                .map(org.importwindow.complaint.PhotoType::extension).orElse("bin");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(reference + "-" + number + "." + ext).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(c.bytes());
    }

    /** The uploaded part's bytes, or its first {@code max} + 1 when it is larger (enough to refuse it). */
    public static byte[] photoBytes(MultipartFile photo, long max) {
        if (photo == null || photo.isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = photo.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body's first {@code max} + 1 bytes at most; the rest (up to 16 times the limit) is read and dropped so the
     * client gets the answer instead of a reset connection, but never kept.
     */
    static byte[] bodyBytes(HttpServletRequest request, long max) {
        try (InputStream in = request.getInputStream()) {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            long drop = 16 * max;
            while (drop > 0 && in.skip(Math.min(drop, 1 << 16)) > 0) {
                drop -= 1 << 16;
            }
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<ComplaintPhotoService.PhotoView> created(ComplaintPhotoService.PhotoView v) {
        return ResponseEntity.created(URI.create(v.link())).body(v);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? service.today() : asOf;
    }
}
