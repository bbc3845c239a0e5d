import StackcatLoading
import StackcatModel
import StackcatYAML

extension RenamePlan {
    /// The edit that adds `alias` to a tool file's `aliases`: inside a flow list (`[a, b]`), as one
    /// more item of a block list, or as a new `aliases: [alias]` line before the keys that follow it
    /// in the documented order. Nil when the alias is there already.
    static func aliasEdit(adding alias: String, to file: CatalogFile) -> ByteEdit? {
        let bytes = file.text.bytes
        let path = file.relativePath
        let lineBreak = bytes.firstRange(of: [0x0D, 0x0A]) != nil ? "\r\n" : "\n"
        guard let root = YAMLReader().read(file.text, limit: 0).root, root.isMapping else { return nil }
        let walk = Walk(file: file)
        if let aliases = walk.value(root, "aliases") {
            let items = aliases.sequence ?? []
            if items.contains(where: { $0.scalar?.value == alias }) { return nil }
            let start = aliases.span.start.offset
            let end = aliases.span.end.offset
            if start < bytes.count, bytes[start] == UInt8(ascii: "[") {
                // Before the closing bracket, after any spaces in front of it.
                var close = end - 1
                while close > start, bytes[close] != UInt8(ascii: "]") { close -= 1 }
                var insert = close
                while insert > start + 1, bytes[insert - 1] == 0x20 { insert -= 1 }
                return ByteEdit(relativePath: path, bytes: insert..<insert, newText: items.isEmpty ? alias : ", " + alias)
            }
            if let last = items.last {
                // The last item's line up to its value is the prefix of the new item ("  - ").
                let lineStart = file.text.lineStarts[max(0, last.span.start.line - 1)]
                let prefix = String(decoding: bytes[lineStart..<last.span.start.offset], as: UTF8.self)
                // After the end of its line, so that a comment on it stays with it.
                let endLine = last.span.end.line
                let endOfLast = file.text.lineByteRange(endLine).upperBound
                return ByteEdit(relativePath: path, bytes: endOfLast..<endOfLast, newText: lineBreak + prefix + alias)
            }
        }
        // No list: a line of its own, before the first of the keys documented after `aliases`.
        let later = ["tags", "roles", "relations", "sources", "reviewed"]
        var before: Int?
        root.forEachPair { key, _ in
            if before == nil, let name = key.scalar?.value, later.contains(name) { before = key.span.start.offset }
        }
        if let before, bytes[file.text.lineStarts[max(0, file.text.position(ofOffset: before).line - 1)]..<before].allSatisfy({ $0 == 0x20 }) {
            let lineStart = file.text.lineStarts[file.text.position(ofOffset: before).line - 1]
            return ByteEdit(relativePath: path, bytes: lineStart..<lineStart, newText: "aliases: [\(alias)]" + lineBreak)
        }
        let needsBreak = !bytes.isEmpty && bytes.last != 0x0A && bytes.last != 0x0D
        return ByteEdit(
            relativePath: path, bytes: bytes.count..<bytes.count,
            newText: (needsBreak ? lineBreak : "") + "aliases: [\(alias)]" + lineBreak)
    }
}
