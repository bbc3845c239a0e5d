/// Validates a tool's `license` as an SPDX licence expression whose identifiers are on the SPDX
/// License List (`SPDXLicenseList`): `AND`, `OR`, `WITH`, parentheses and a trailing `+`;
/// `LicenseRef-*` (and `DocumentRef-*:LicenseRef-*`) for licences not on the list, `AdditionRef-*`
/// after `WITH`; the whole value `Proprietary`, `NOASSERTION` or `NONE`. Identifiers match
/// case-insensitively, as the SPDX specification says, but are reported in the list's own case.
package enum SPDXLicense {
    /// Values accepted as the whole `license`, outside SPDX expressions.
    static let specialValues: Set<String> = ["Proprietary", "NOASSERTION", "NONE"]

    /// Lower-cased identifier → canonical identifier, for each kind.
    static let licenses = index(SPDXLicenseList.licenses)
    static let deprecatedLicenses = index(SPDXLicenseList.deprecatedLicenses)
    static let exceptions = index(SPDXLicenseList.exceptions)
    static let deprecatedExceptions = index(SPDXLicenseList.deprecatedExceptions)

    /// Whether `text` is a current identifier written as the list writes it and, alone, a whole
    /// expression without problems: most tools' `license`, accepted with one lookup instead of the
    /// tokenizer and parser. A check of the one value rather than a set of every such identifier,
    /// which cost 7 million instructions to build at each start (9 % of `list` on the built-in catalog).
    static func isPlainLicense(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return licenses[lowered] == text && !text.hasSuffix("+") && isWellFormed(text)
            && !["and", "or", "with"].contains(lowered) && !isLicenseRef(text)
    }

    static func index(_ ids: [String]) -> [String: String] {
        Dictionary(ids.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One token of an expression and where it starts, in Unicode scalars from the value's start.
    struct Token {
        var text: String
        var start: Int
    }

    /// What is wrong with one part of the expression, before positions are attached.
    enum Problem: Equatable {
        case syntax(String)
        case unknownLicense(String, suggestion: String?)
        case unknownException(String, suggestion: String?)
        case exceptionAsLicense(String)
        case licenseAsException(String)
        case wrongCase(String, canonical: String)
        case deprecated(String)
        case lowercaseOperator(String)
    }

    /// Problems of `text`, each with the scalar offset and length of the token it concerns.
    static func problems(in text: String) -> [(problem: Problem, start: Int, length: Int)] {
        if specialValues.contains(text) || isPlainLicense(text) { return [] }
        var tokens: [Token] = []
        var current = ""
        var currentStart = 0
        func flush() {
            if !current.isEmpty { tokens.append(Token(text: current, start: currentStart)) }
            current = ""
        }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "(" || scalar == ")" {
                flush()
                tokens.append(Token(text: String(scalar), start: index))
            } else if scalar == " " || scalar == "\t" {
                flush()
            } else {
                if current.isEmpty { currentStart = index }
                current.unicodeScalars.append(scalar)
            }
        }
        flush()
        var parser = Parser(tokens: tokens, end: text.unicodeScalars.count)
        parser.parse()
        return parser.found
    }

    /// A recursive-descent parser: or := and (OR and)*; and := with (AND with)*;
    /// with := primary (WITH exception)?; primary := ( or ) | licence[+].
    struct Parser {
        let tokens: [Token]
        let end: Int
        var position = 0
        var found: [(problem: Problem, start: Int, length: Int)] = []

        init(tokens: [Token], end: Int) {
            self.tokens = tokens
            self.end = end
        }

        var current: Token? { position < tokens.count ? tokens[position] : nil }
        /// False once the expression's shape is broken: parsing stops there, but an unknown
        /// identifier does not stop the others from being checked.
        var ok: Bool { !found.contains { $0.problem.isSyntax } }

        mutating func report(_ problem: Problem, _ token: Token?) {
            if let token {
                found.append((problem, token.start, token.text.unicodeScalars.count))
            } else {
                found.append((problem, end, 0))
            }
        }

        mutating func parse() {
            guard !tokens.isEmpty else { return report(.syntax("it is empty"), nil) }
            orExpression()
            if ok, let extra = current {
                report(.syntax("expected AND, OR or WITH before '\(extra.text)'"), extra)
            }
        }

        mutating func orExpression() {
            andExpression()
            while ok, let token = current, token.text == "OR" {
                position += 1
                andExpression()
            }
        }

        mutating func andExpression() {
            withExpression()
            while ok, let token = current, token.text == "AND" {
                position += 1
                withExpression()
            }
        }

        mutating func withExpression() {
            primary()
            guard ok, let token = current, token.text == "WITH" else { return }
            position += 1
            guard let exception = current, !SPDXLicense.isOperatorOrParenthesis(exception.text) else {
                return report(.syntax("expected an exception identifier after WITH"), current)
            }
            position += 1
            exceptionIdentifier(exception)
        }

        mutating func primary() {
            guard let token = current else { return report(.syntax("expected a licence identifier at the end"), nil) }
            switch token.text {
            case "(":
                position += 1
                orExpression()
                guard ok else { return }
                guard let close = current, close.text == ")" else {
                    return report(.syntax("'(' is not closed"), token)
                }
                position += 1
            case ")", "AND", "OR", "WITH":
                report(.syntax("expected a licence identifier, found '\(token.text)'"), token)
            default:
                position += 1
                licenseIdentifier(token)
            }
        }

        mutating func licenseIdentifier(_ token: Token) {
            let text = token.text
            if ["and", "or", "with"].contains(text.lowercased()) {
                return report(.lowercaseOperator(text), token)
            }
            if SPDXLicense.isLicenseRef(text) { return }
            guard SPDXLicense.isWellFormed(text) else {
                return report(.syntax("'\(text)' is not an identifier (letters, digits, '.' and '-', with an optional trailing '+')"), token)
            }
            let key = text.lowercased()
            // `GPL-2.0+` is itself a (deprecated) identifier; otherwise `+` means "or later" on the id before it.
            let base = key.hasSuffix("+") && SPDXLicense.deprecatedLicenses[key] == nil ? String(key.dropLast()) : key
            let written = key == base ? text : String(text.dropLast())
            if let canonical = SPDXLicense.licenses[base] {
                if canonical != written { report(.wrongCase(written, canonical: canonical), token) }
            } else if let canonical = SPDXLicense.deprecatedLicenses[base] {
                report(canonical != written ? .wrongCase(written, canonical: canonical) : .deprecated(canonical), token)
            } else if SPDXLicense.exceptions[base] != nil || SPDXLicense.deprecatedExceptions[base] != nil {
                report(.exceptionAsLicense(written), token)
            } else {
                report(.unknownLicense(written, suggestion: SPDXLicense.suggestion(for: written, among: SPDXLicenseList.licenses)), token)
            }
        }

        mutating func exceptionIdentifier(_ token: Token) {
            let text = token.text
            if text.hasPrefix("AdditionRef-"), text.count > "AdditionRef-".count { return }
            let key = text.lowercased()
            if let canonical = SPDXLicense.exceptions[key] {
                if canonical != text { report(.wrongCase(text, canonical: canonical), token) }
            } else if let canonical = SPDXLicense.deprecatedExceptions[key] {
                report(canonical != text ? .wrongCase(text, canonical: canonical) : .deprecated(canonical), token)
            } else if SPDXLicense.licenses[key] != nil || SPDXLicense.deprecatedLicenses[key] != nil {
                report(.licenseAsException(text), token)
            } else {
                report(.unknownException(text, suggestion: SPDXLicense.suggestion(for: text, among: SPDXLicenseList.exceptions)), token)
            }
        }
    }

    /// The closest identifier by edit distance; failing that, the shortest one that continues the
    /// text with '-' or '.' (`BSD-3` → `BSD-3-Clause`, `Classpath-exception` → `Classpath-exception-2.0`).
    static func suggestion(for text: String, among ids: [String]) -> String? {
        if let close = Suggestions.closest(to: text, among: ids) { return close }
        let key = text.lowercased()
        return ids.filter { id in
            let lower = id.lowercased()
            return lower.hasPrefix(key + "-") || lower.hasPrefix(key + ".")
        }.min { ($0.count, $0) < ($1.count, $1) }
    }

    static func isOperatorOrParenthesis(_ text: String) -> Bool {
        ["(", ")", "AND", "OR", "WITH"].contains(text)
    }

    static func isWellFormed(_ text: String) -> Bool {
        let body = text.hasSuffix("+") ? text.dropLast() : Substring(text)
        return !body.isEmpty
            && body.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "." || $0 == "-"
            }
    }

    /// `LicenseRef-x` or `DocumentRef-y:LicenseRef-x`, with x and y made of letters, digits, '.' and '-'.
    static func isLicenseRef(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("DocumentRef-") {
            guard let colon = rest.firstIndex(of: ":") else { return false }
            let document = rest[rest.index(rest.startIndex, offsetBy: "DocumentRef-".count)..<colon]
            guard !document.isEmpty, isWellFormed(String(document)), !document.hasSuffix("+") else { return false }
            rest = rest[rest.index(after: colon)...]
        }
        guard rest.hasPrefix("LicenseRef-") else { return false }
        let name = rest.dropFirst("LicenseRef-".count)
        return !name.isEmpty && !name.hasSuffix("+") && isWellFormed(String(name))
    }

    /// The value with every identifier in the SPDX License List's case and every operator in capitals
    /// (`apache-2.0 or mit` → `Apache-2.0 OR MIT`, `proprietary` → `Proprietary`); other problems stay.
    static package func canonicalCase(_ text: String) -> String {
        if let special = specialValues.first(where: { $0.lowercased() == text.lowercased() }) { return special }
        // Operators first: no identifier is spelt 'and', 'or' or 'with'.
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "(" || scalar == ")" {
                words.append(word)
                words.append(String(scalar))
                word = ""
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        words.append(word)
        // A problem can stop the check of what follows it: fix, and look again, until nothing changes.
        var current = words.map { ["and", "or", "with"].contains($0.lowercased()) ? $0.uppercased() : $0 }.joined()
        for _ in 0..<64 {
            let next = caseFixed(current)
            if next == current { break }
            current = next
        }
        return current
    }

    /// One round of `canonicalCase`: the case problems that the check of `text` finds, fixed.
    static func caseFixed(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        // From the end, so that earlier offsets stay right.
        for entry in problems(in: text).sorted(by: { $0.start > $1.start }) {
            let replacement: String
            switch entry.problem {
            case .wrongCase(_, let canonical): replacement = canonical
            case .lowercaseOperator(let word): replacement = word.uppercased()
            default: continue
            }
            guard entry.start + entry.length <= scalars.count else { continue }
            scalars.replaceSubrange(entry.start..<(entry.start + entry.length), with: replacement.unicodeScalars)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// Diagnostics for a tool's `license` value; each points at the token it concerns when the value
    /// is written on one line, else at the whole value.
    static package func diagnostics(for license: Located<String>, path: String) -> [Diagnostic] {
        let found = problems(in: license.value)
        guard !found.isEmpty else { return [] }
        let span = license.span
        let bytes = span.end.offset - span.start.offset
        let oneLine = span.start.line == span.end.line && !license.value.contains("\n")
        // A quoted scalar's span includes its opening quote.
        let shift = oneLine && bytes > license.value.utf8.count ? 1 : 0
        return found.map { entry in
            var here = span
            if oneLine {
                let scalars = license.value.unicodeScalars
                let before = String(String.UnicodeScalarView(scalars.prefix(entry.start))).utf8.count
                let within = String(String.UnicodeScalarView(scalars.dropFirst(entry.start).prefix(entry.length))).utf8.count
                let start = SourcePosition(
                    line: span.start.line, column: span.start.column + shift + entry.start,
                    offset: span.start.offset + shift + before)
                here = SourceSpan(
                    start: start,
                    end: SourcePosition(
                        line: start.line, column: start.column + entry.length,
                        offset: start.offset + within))
            }
            return Diagnostics.licenseProblem(entry.problem, value: license.value, at: SourceLocation(path: path, span: here))
        }
    }
}

extension SPDXLicense.Problem {
    var isSyntax: Bool {
        if case .syntax = self { return true }
        if case .lowercaseOperator = self { return true }
        return false
    }
}
