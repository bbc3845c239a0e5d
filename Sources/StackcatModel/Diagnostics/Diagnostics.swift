import CatalogLayout

/// The messages stackcat reports. Each rule's messages are in its rule file (`Rules/Rule+Name.swift`, as
/// `extension Diagnostics`), beside its declaration and its check; what several messages share is here.
public enum Diagnostics {
    /// Why a file or directory whose name is not UTF-8 cannot be read.
    public static let notUTF8Name = "its name is not valid UTF-8 (the bytes that are not are shown as \u{FFFD}); rename it with a UTF-8 name"

    /// The extension of the file at `location` (`.yaml`, `.yml`, `.YAML`), to name it as it is.
    static package func fileExtension(_ location: SourceLocation) -> String {
        let name = location.path.split(separator: "/").last ?? ""
        return CatalogLayout.yamlStem(name).map { String(name[$0.endIndex...]) } ?? ".yaml"
    }

    /// A best-effort kebab-case version of an invalid id, for the note.
    static package func suggestedID(for text: String) -> String? {
        var out = ""
        var pendingHyphen = false
        // Accented letters keep their base letter (ü → u, é → e), as search folds them.
        for scalar in TextFolding.fold(text).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        guard !out.isEmpty else { return nil }
        return String(out.prefix(64)).trimmingTrailingHyphens()
    }
}

extension String {
    func trimmingTrailingHyphens() -> String {
        var s = self
        while s.hasSuffix("-") { s.removeLast() }
        return s
    }
}
