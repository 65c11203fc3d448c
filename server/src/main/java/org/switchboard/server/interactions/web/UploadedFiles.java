package org.switchboard.server.interactions.web;

import org.springframework.web.multipart.MultipartFile;

/** What the pages take from an uploaded file besides its bytes. */
final class UploadedFiles {

    private UploadedFiles() {}

    /** {@return the file's own name without any folder a browser may send, or {@code upload} when it has none} */
    static String name(MultipartFile file) {
        var original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return "upload";
        }
        var name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "upload" : name;
    }
}
