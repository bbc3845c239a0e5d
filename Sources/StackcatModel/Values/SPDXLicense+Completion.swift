extension SPDXLicense {
    /// The current (not deprecated) licence identifiers and the whole-value words, in the list's
    /// order: what an editor offers after `license:` (`stackcat lsp`).
    package static var completions: [String] { SPDXLicenseList.licenses + ["Proprietary"] }
}
