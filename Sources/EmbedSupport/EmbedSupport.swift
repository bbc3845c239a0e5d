// What the build-time code that writes Swift source shares (EmbedCatalog, and the test that keeps the
// compiled built-in catalog current): the catalog's files, their digest, Swift string literals.
import CatalogLayout
import Foundation

/// The files of the catalog as `CatalogLayout` names them; a directory with a YAML name is left out
/// here (the executable reports it when it reads a catalog directory).
public func relativeYAMLPaths(in root: URL) -> [String] {
    let manager = FileManager.default
    func listing(_ directory: URL) -> [String] { (try? manager.contentsOfDirectory(atPath: directory.path)) ?? [] }
    return CatalogLayout.files(top: listing(root)) { listing(root.appendingPathComponent($0)) }.filter { path in
        var isDirectory: ObjCBool = false
        return manager.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

/// The JSON Schemas of a directory (`*.schema.json`), by name in byte order.
public func schemaNames(in root: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return names.filter { $0.hasSuffix(".schema.json") }
        .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}

/// The file's text; stops the build, naming the file, when it is not UTF-8.
public func utf8Text(_ url: URL, shownAs name: String) throws -> String {
    let data = try Data(contentsOf: url)
    let text = String(decoding: data, as: UTF8.self)
    guard Array(text.utf8) == Array(data) else {
        FileHandle.standardError.write(Data("error: \(name) is not valid UTF-8\n".utf8))
        exit(1)
    }
    return text
}

public func writeIfChanged(_ source: String, to output: URL) throws {
    if (try? Data(contentsOf: output)) != Data(source.utf8) {
        try Data(source.utf8).write(to: output, options: .atomic)
    }
}

/// A Swift string literal of `text`: printable ASCII as it is, everything else escaped.
public func swiftLiteral(_ text: String) -> String {
    "\"" + swiftLiteralPieces(text).joined() + "\""
}

/// The inside of `swiftLiteral(text)`, one piece a Unicode scalar, so that a long literal can be split
/// into lines between escapes.
public func swiftLiteralPieces(_ text: String) -> [String] {
    text.unicodeScalars.map { scalar in
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value > 0x7E:
            return "\\u{" + String(scalar.value, radix: 16) + "}"
        default: return String(scalar)
        }
    }
}

/// A digest of the built-in catalog's files (FNV-1a, 64 bits, over each path and text in order): the
/// build embeds the digest of the files it embeds, and the compiled catalog the digest of the files it
/// was compiled from, so the binary uses the compiled catalog only while they are the same files.
public func catalogDigest(_ files: [(path: String, text: String)]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        hash ^= 0xFF  // a separator no UTF-8 text holds
        hash &*= 0x0000_0100_0000_01b3
    }
    for file in files {
        add(file.path.utf8)
        add(file.text.utf8)
    }
    return hash
}

/// The built-in catalog's files (relative path, text) as the build embeds them.
public func builtInCatalogFiles(in root: URL) throws -> [(path: String, text: String)] {
    try relativeYAMLPaths(in: root).map { path in (path, try utf8Text(root.appendingPathComponent(path), shownAs: "catalog/" + path)) }
}
