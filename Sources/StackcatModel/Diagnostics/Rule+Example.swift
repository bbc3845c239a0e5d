extension Rule {
    /// A minimal input for a rule: one that breaks it (`triggering`) or the fix that keeps it (`passing`).
    /// An example is one file set on top of a small sound input of the rule's phase: for `validate`, the
    /// catalog that `stackcat init` writes (`tools/kubernetes.yaml`, `stacks/guestbook.yaml` and the
    /// vocabularies); for `inject`, a Markdown file given to `docs --inject` with that catalog; for
    /// `import`, the input file itself. The rule examples test runs both through the real pipeline.
    public struct Example: Sendable, Hashable {
        /// Relative to the catalog for `validate` (`tools/example.yaml`, `categories.yaml`, `.` for the
        /// catalog directory itself); the Markdown file for `inject`; the input file for `import`
        /// (`landscape.yml`, `catalog-info.yaml`).
        public var file: String
        public var content: Content
        /// `validate --max-file-size`, for the rule about it.
        public var maxFileSize: Int?
        /// `validate --max-age`, for the rule about it; today is then the base stack's `as_of`.
        public var maxAge: Int?
        /// Files written beside `file`, unchanged by a fix: the logo a tool file names, or the tool
        /// file that names a logo (`validate` only).
        public var companions: [Companion] = []

        /// A file an example needs besides its own.
        public struct Companion: Sendable, Hashable {
            public var file: String
            public var content: Content

            public init(_ file: String, _ content: Content) {
                self.file = file
                self.content = content
            }
        }

        /// What `file` is.
        public enum Content: Sendable, Hashable {
            /// A file with this UTF-8 text, replacing the base's file of that path if there is one.
            case text(String)
            /// A file with these bytes, for text that is not UTF-8.
            case bytes([UInt8])
            /// No file: the base's file of that path is removed.
            case absent
            /// A symbolic link with this target.
            case symlink(to: String)
            /// A directory where a file would be.
            case directory
        }

        public init(_ file: String, _ content: Content, maxFileSize: Int? = nil, maxAge: Int? = nil) {
            self.file = file
            self.content = content
            self.maxFileSize = maxFileSize
            self.maxAge = maxAge
        }

        /// A file with this text.
        public init(_ file: String, _ text: String, maxFileSize: Int? = nil, maxAge: Int? = nil) {
            self.init(file, .text(text), maxFileSize: maxFileSize, maxAge: maxAge)
        }

        /// A file with this text, and files beside it.
        public init(_ file: String, _ text: String, with companions: [Companion]) {
            self.init(file, .text(text))
            self.companions = companions
        }
    }
}

extension Rule.Example {
    /// What turns a triggering example into a passing one.
    public enum Fix: Sendable, Hashable {
        /// The text with `old` (which it holds exactly once) replaced by `new`.
        case replacing(_ old: String, with: String)
    }

    /// This example with `fix` made; stops the program when the fix does not fit (a rule file's mistake,
    /// which the rule examples test meets first).
    func fixed(by fix: Fix) -> Rule.Example {
        switch (fix, content) {
        case (.replacing(let old, let new), .text(let text)):
            let found = text.ranges(of: old)
            precondition(found.count == 1, "a rule example's fix must replace text that occurs exactly once: \(old)")
            var fixed = self
            fixed.content = .text(String(text[..<found[0].lowerBound]) + new + String(text[found[0].upperBound...]))
            return fixed
        default:
            preconditionFailure("a rule example's fix applies to a text example")
        }
    }
}
