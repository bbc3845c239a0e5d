extension Rule {
    public static let placeholder = Rule(
        id: "placeholder", severity: .warning, topic: .consistency,
        summary: "No stand-in that 'stackcat new' wrote (a '# replace:' line, a search as homepage, a summary made of the name) is left.",
        triggering: .init(
            "tools/argo-cd.yaml",
            """
            name: Argo CD
            category: cd
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            homepage: https://argo-cd.readthedocs.io/
            license: Apache-2.0
            hosting: self-hosted
            lifecycle: active
            sources: [https://argo-cd.readthedocs.io/]
            """),
        fix: .replacing(
            """
            # replace: one line on what it is and does
            summary: "Argo CD: Continuous delivery."
            """, with: "summary: Declarative GitOps continuous delivery for Kubernetes.")
    )
}

extension Diagnostics {
    /// A value under a `# replace:` line: `instead` is what the line says to write.
    static package func placeholderMarked(_ key: String, instead: String, at location: SourceLocation) -> Diagnostic {
        let what = instead.isEmpty ? "" : ": " + instead
        return Diagnostic(
            .placeholder, "'\(key)' is a stand-in that 'stackcat new' wrote; replace it\(what)", at: location,
            notes: [.init("write the real value, then delete the '\(Placeholder.marker)' line above it")])
    }

    /// A stand-in value of `new` left without its marker.
    static package func placeholderValue(_ key: String, value: String, instead: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .placeholder, "'\(key)' is still the stand-in that 'stackcat new' wrote: \(value)", at: location,
            notes: [.init(instead)])
    }
}

/// Finds the stand-ins that `stackcat new` writes (`placeholder`). libyaml drops comments, so the
/// `# replace:` lines are found in each file's bytes: a line whose first text is the marker belongs
/// to the key on the next line that is neither blank nor a comment, and the warning points at that
/// key. Stand-in values whose marker was deleted (a search as homepage, a summary made of the name)
/// are recognised from the loaded catalog, at their key.
extension CatalogRules {
    /// Catalog-wide, on the texts of the catalog's files (those it reads) and the loaded catalog.
    static package func placeholder(_ texts: [SourceText], catalog: Catalog) -> [Diagnostic] {
        var found: [Diagnostic] = []
        // The keys that have a marker already, by path, so that a stand-in is reported once.
        var marked: [String: Set<String>] = [:]
        for text in texts where hasMarker(text) {
            for (instead, key) in markedKeys(in: text) {
                marked[text.path, default: []].insert(key.name)
                found.append(
                    Diagnostics.placeholderMarked(
                        key.name, instead: instead,
                        at: SourceLocation(path: text.path, span: key.span)))
            }
        }
        // The texts by path, for the position of a key: made when first needed (rarely).
        var byPath: [String: SourceText]?
        func report(_ key: String, value: String, instead: String, path: String, span: SourceSpan?) {
            if marked[path]?.contains(key) == true { return }
            if span == nil && byPath == nil {
                byPath = Dictionary(texts.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            }
            let span = span ?? byPath?[path].flatMap { topLevelKey(key, in: $0) } ?? .fileStart
            found.append(Diagnostics.placeholderValue(key, value: value, instead: instead, at: SourceLocation(path: path, span: span)))
        }
        // The tools by index: a copy of each tool would retain every field.
        let tools = catalog.tools
        for index in tools.indices {
            if Placeholder.isSearchHomepage(tools[index].homepage) {
                report("homepage", value: "a search", instead: "write the project's own site (an http(s) URL)", path: tools[index].path, span: nil)
            }
            // `Name: Category.`: the first bytes rule out nearly every summary before anything is built.
            let summary = tools[index].summary
            if summary.utf8.last == UInt8(ascii: "."), summary.utf8.starts(with: tools[index].name.utf8),
                let category = catalog.category(tools[index].category.value),
                summary == Placeholder.toolSummary(name: tools[index].name, categoryName: category.name)
            {
                report("summary", value: "the name and the category", instead: "write one line on what it is and does", path: tools[index].path, span: nil)
            }
        }
        for stack in catalog.stacks {
            if stack.summary.utf8.last == UInt8(ascii: "."), stack.summary == Placeholder.stackSummary(name: stack.name) {
                report("summary", value: "the name", instead: "write one line on what the stack is for", path: stack.path, span: nil)
            }
            for component in stack.components where component.isInHouse && component.name == Placeholder.componentName(stackName: stack.name) {
                report(
                    "components", value: "an in-house part named after the stack",
                    instead: "list the catalog tools ('- tool: ID') and in-house parts of the stack", path: stack.path, span: component.idSpan)
            }
        }
        return found
    }

    /// Whether a line of the file starts (after its indentation) with the marker: the quick look that
    /// every file gets, on the line starts the reader found already.
    private static let markerBytes = Array(Placeholder.marker.utf8)

    private static func hasMarker(_ text: SourceText) -> Bool {
        let marker = markerBytes
        return text.bytes.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            for start in text.lineStarts {
                var index = start
                while index < count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
                guard index + marker.count <= count, bytes[index] == marker[0], bytes[index + 2] == marker[2] else { continue }
                var matched = true
                for offset in 1..<marker.count where bytes[index + offset] != marker[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            return false
        }
    }

    /// Each marker line with the key it marks: its name and where it is. One pass over the lines:
    /// markers wait for the next line with text that is not a comment, so a file of nothing but
    /// markers is read once, not once per marker.
    private static func markedKeys(in text: SourceText) -> [(instead: String, key: (name: String, span: SourceSpan))] {
        let bytes = text.bytes
        let marker = markerBytes
        let hash = UInt8(ascii: "#")
        var result: [(instead: String, key: (name: String, span: SourceSpan))] = []
        var waiting: [(instead: String, span: SourceSpan)] = []
        for line in 1...max(1, text.lineCount) {
            let range = text.lineByteRange(line)
            let first = firstText(bytes, range)
            guard first < range.upperBound else { continue }
            if bytes[first] == hash {
                if first + marker.count <= range.upperBound, bytes[first..<(first + marker.count)].elementsEqual(marker) {
                    let instead = String(decoding: bytes[(first + marker.count)..<range.upperBound], as: UTF8.self).trimmingSpaces()
                    let span = SourceSpan(start: text.position(ofOffset: first), end: text.position(ofOffset: range.upperBound))
                    waiting.append((instead, span))
                }
                continue
            }
            guard !waiting.isEmpty else { continue }
            var keyStart = first
            // A list item's key: `- tool: x`.
            if bytes[keyStart] == UInt8(ascii: "-"), keyStart + 1 < range.upperBound, bytes[keyStart + 1] == UInt8(ascii: " ") {
                keyStart = firstText(bytes, (keyStart + 1)..<range.upperBound)
            }
            var keyEnd = keyStart
            while keyEnd < range.upperBound, bytes[keyEnd] != UInt8(ascii: ":") { keyEnd += 1 }
            let name = String(decoding: bytes[keyStart..<keyEnd], as: UTF8.self)
            let span = SourceSpan(start: text.position(ofOffset: keyStart), end: text.position(ofOffset: keyEnd))
            for marker in waiting { result.append((marker.instead, (name, span))) }
            waiting = []
        }
        // A marker with nothing after it still marks something left to do: reported where it is.
        for marker in waiting { result.append((marker.instead, ("replace", marker.span))) }
        return result
    }

    /// The offset of the first byte in the range that is not a space or a tab.
    private static func firstText(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index
    }

    /// Where a top-level `key:` is: a line that starts with it.
    private static func topLevelKey(_ key: String, in text: SourceText) -> SourceSpan? {
        let wanted = Array((key + ":").utf8)
        for line in 1...max(1, text.lineCount) {
            let range = text.lineByteRange(line)
            guard range.count >= wanted.count, text.bytes[range.lowerBound..<(range.lowerBound + wanted.count)].elementsEqual(wanted) else { continue }
            return SourceSpan(start: text.position(ofOffset: range.lowerBound), end: text.position(ofOffset: range.lowerBound + key.utf8.count))
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " || scalars.first == "\t" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
