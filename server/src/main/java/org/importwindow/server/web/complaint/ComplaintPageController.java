package org.importwindow.server.web.complaint;

import java.util.List;
import java.util.Locale;
import org.importwindow.complaint.ComplaintRules;
import org.importwindow.server.complaint.ComplaintController;
import org.importwindow.server.complaint.ComplaintPhotoService;
import org.importwindow.server.complaint.ComplaintProblem;
import org.importwindow.server.complaint.ComplaintService;
import org.importwindow.server.complaint.ComplaintView;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consumer's complaint pages: file (form, check your answers, file), list, follow one, and add photos to it
 * afterwards (a plain multipart form; a refused photo shows the complaint again with the error summary).
 */
@Controller
public class ComplaintPageController {

    private final ComplaintService service;
    private final ComplaintPhotoService photos;

    public ComplaintPageController(ComplaintService service, ComplaintPhotoService photos) {
        this.service = service;
        this.photos = photos;
    }

    @GetMapping("/complaints")
    public String list(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("complaints", service.list(user, service.today()));
        model.addAttribute("consumer", user.has(Role.CONSUMER));
        model.addAttribute("regulator", ComplaintService.isRegulator(user));
        return "complaints/list";
    }

    @GetMapping("/complaints/new")
    public String newForm(@AuthenticationPrincipal AppUser user, Model model) {
        return form(user, new ComplaintForm(), List.of(), model);
    }

    /** The form's button: check the answers; with errors, the form again with its error summary. */
    @PostMapping("/complaints/new")
    public String check(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") ComplaintForm form,
                        Model model, Locale locale) {
        List<ComplaintPageErrors.FieldError> errors = errors(form, locale);
        if (!errors.isEmpty()) {
            return form(user, form, errors, model);
        }
        model.addAttribute("form", form);
        model.addAttribute("draft", form.draft());
        return "complaints/check";
    }

    /** From the check page: file it, or go back and change the answers. */
    @PostMapping("/complaints")
    public String file(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") ComplaintForm form,
                       @RequestParam(defaultValue = "file") String action, Model model, Locale locale,
                       RedirectAttributes redirect) {
        if (!"file".equals(action)) {
            return form(user, form, List.of(), model);
        }
        try {
            ComplaintView v = service.file(user, form.draft());
            redirect.addAttribute("filed", "true");
            return "redirect:/complaints/" + v.reference();
        } catch (ComplaintProblem p) {
            return form(user, form, ComplaintPageErrors.of(p.errors(), locale), model);
        }
    }

    @GetMapping("/complaints/{reference}")
    public String detail(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                         @RequestParam(required = false) String filed, @RequestParam(required = false) String photo,
                         Model model, jakarta.servlet.http.HttpServletResponse response) {
        return detail(user, reference, filed != null, photo, List.of(), model, response);
    }

    /** The upload form's button: add the chosen photo, or show the complaint again with what was wrong. */
    @PostMapping("/complaints/{reference}/photos")
    public String addPhoto(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                           @RequestParam(name = "photo", required = false) MultipartFile photo, Model model,
                           Locale locale, jakarta.servlet.http.HttpServletResponse response,
                           RedirectAttributes redirect) {
        try {
            ComplaintPhotoService.PhotoView v = photos.add(user, reference,
                    ComplaintController.photoBytes(photo, photos.maxBytes()));
            redirect.addAttribute("photo", v.number());
            return "redirect:/complaints/" + reference;
        } catch (ComplaintProblem p) {
            if (p.status() == HttpStatus.NOT_FOUND || p.status() == HttpStatus.FORBIDDEN) {
                throw new ResponseStatusException(p.status());
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<ComplaintPageErrors.FieldError> errors = ComplaintPageErrors.of(p.errors(), locale).stream()
                    .map(e -> new ComplaintPageErrors.FieldError("photo", e.message())).toList();
            return detail(user, reference, false, null, errors, model, response);
        }
    }

    /** A photo for the page's thumbnail and link: the API's access rules on the session. */
    @GetMapping("/complaints/{reference}/photos/{number}")
    @ResponseBody
    public ResponseEntity<byte[]> photo(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                                        @PathVariable int number) {
        try {
            return ComplaintController.image(photos.read(user, reference, number), reference, number);
        } catch (ComplaintProblem p) {
            throw new ResponseStatusException(p.status());
        }
    }

    private String detail(AppUser user, String reference, boolean filed, String photo,
                          List<ComplaintPageErrors.FieldError> errors, Model model,
                          jakarta.servlet.http.HttpServletResponse response) {
        ComplaintView c;
        try {
            c = service.get(user, reference, service.today());
        } catch (ComplaintProblem p) {
            response.setStatus(p.status().value());
            model.addAttribute("reference", reference);
            return "complaints/not-found";
        }
        model.addAttribute("c", c);
        model.addAttribute("filed", filed);
        model.addAttribute("photoAdded", photo);
        model.addAttribute("regulator", ComplaintService.isRegulator(user));
        // only the consumer who filed it gets here as a consumer (another's is "not found" above)
        boolean owner = user.has(Role.CONSUMER) && !ComplaintService.isRegulator(user);
        model.addAttribute("canAddPhoto", owner && !"DECLINED".equals(c.status()) && !"CLOSED".equals(c.status())
                && c.photos().size() < photos.limits().maxCount());
        model.addAttribute("maxPhotos", photos.limits().maxCount());
        model.addAttribute("maxPhotoMb", photos.limits().maxSize().toMegabytes());
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", ComplaintPageErrors.byField(errors));
        return "complaints/detail";
    }

    private String form(AppUser user, ComplaintForm form, List<ComplaintPageErrors.FieldError> errors, Model model) {
        if (!user.has(Role.CONSUMER)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", ComplaintPageErrors.byField(errors));
        return "complaints/form";
    }

    private static List<ComplaintPageErrors.FieldError> errors(ComplaintForm form, Locale locale) {
        return ComplaintPageErrors.of(ComplaintRules.check(form.draft()).stream()
                .map(v -> ComplaintProblem.invalid(List.of(v)).errors().get(0)).toList(), locale);
    }

}
