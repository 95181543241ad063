package id.bansos.app.console.files;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files screen: per bank and PT Pos, the outbox (files exported, collected or not) and the inbox (files received,
 * accepted, applied or quarantined), and the quarantined files with their reasons on top, where they need a person.
 */
@Controller
class FileScreen {

    private final FileViews views;

    FileScreen(FileViews views) {
        this.views = views;
    }

    @GetMapping("/files")
    String files(@RequestParam(required = false) String channel, Model model) {
        String shown = channel == null || channel.isBlank() ? null : channel;
        model.addAttribute("channel", shown);
        model.addAttribute("channels", views.channels());
        model.addAttribute("quarantined", views.inbox(shown, "QUARANTINED"));
        model.addAttribute("outbox", views.outbox(shown));
        model.addAttribute("inbox", views.inbox(shown, null));
        model.addAttribute("limit", FileViews.LIMIT);
        return "files/files";
    }
}
