import CatalogLayout
import StackcatIO
import StackcatLoading
import StackcatModel
import StackcatYAML

/// Every declaration of and reference to an id in a catalog's files, with the bytes that hold it:
/// what go-to-definition, find-references, symbols and rename read. It walks the YAML of each file
/// by the catalog layout's keys, independently of the typed model, so that it sees every written
/// reference, valid or not, with its exact bytes.
public struct CatalogIndex: Sendable {
    /// Every occurrence, by file (relative path), in file order.
    public private(set) var byFile: [String: [Occurrence]] = [:]
    private var byID: [Key: [Occurrence]] = [:]

    struct Key: Hashable {
        var kind: IDKind
        var id: String
    }

    public init(files: [CatalogFile], reader: YAMLReader = YAMLReader()) {
        // Each file's YAML is read on its own, so large catalogs are read on every core.
        let found = ParallelResults<[Occurrence]>(count: files.count)
        _ = Parallel.fold(files.count, initial: { 0 }) { _, index in found.set(index, Self.occurrences(in: files[index], reader: reader)) }
        for (file, occurrences) in zip(files, found.takeValues()) {
            byFile[file.editingKey] = occurrences
            for occurrence in occurrences { byID[Key(kind: occurrence.kind, id: occurrence.id), default: []].append(occurrence) }
        }
    }

    /// Replaces one file's occurrences (after an edit) without walking the others.
    public mutating func update(_ file: CatalogFile, reader: YAMLReader = YAMLReader()) {
        remove(relativePath: file.editingKey)
        let occurrences = Self.occurrences(in: file, reader: reader)
        byFile[file.editingKey] = occurrences
        for occurrence in occurrences { byID[Key(kind: occurrence.kind, id: occurrence.id), default: []].append(occurrence) }
    }

    public mutating func remove(relativePath: String) {
        guard let old = byFile.removeValue(forKey: relativePath) else { return }
        for occurrence in old {
            let key = Key(kind: occurrence.kind, id: occurrence.id)
            byID[key]?.removeAll { $0.relativePath == relativePath }
            if byID[key]?.isEmpty == true { byID[key] = nil }
        }
    }

    /// The occurrence whose bytes hold `offset` in the file (its end counts, for a cursor right after an id).
    public func occurrence(at offset: Int, in relativePath: String) -> Occurrence? {
        byFile[relativePath]?.first { !$0.bytes.isEmpty && $0.bytes.lowerBound <= offset && offset <= $0.bytes.upperBound }
    }

    /// Every occurrence of the id: declarations first, then references, by file and position.
    public func occurrences(of kind: IDKind, _ id: String) -> [Occurrence] {
        (byID[Key(kind: kind, id: id)] ?? []).sorted { a, b in
            if a.isDeclaration != b.isDeclaration { return a.isDeclaration }
            if a.relativePath != b.relativePath { return CatalogLayout.bytesPrecede(a.relativePath, b.relativePath) }
            return a.bytes.lowerBound < b.bytes.lowerBound
        }
    }

    public func declarations(of kind: IDKind, _ id: String) -> [Occurrence] {
        occurrences(of: kind, id).filter(\.isDeclaration)
    }

    public func isDeclared(_ kind: IDKind, _ id: String) -> Bool {
        byID[Key(kind: kind, id: id)]?.contains(where: \.isDeclaration) ?? false
    }

    /// Every declared id of a kind, sorted.
    public func declaredIDs(_ kind: IDKind) -> [String] {
        Set(byID.keys.filter { $0.kind == kind && isDeclared(kind, $0.id) }.map(\.id)).sorted { $0.utf8Precedes($1) }
    }

    /// Every declaration, sorted by kind, then id.
    public var allDeclarations: [Occurrence] {
        byID.values.flatMap { $0.filter(\.isDeclaration) }.sorted { a, b in
            a.kind != b.kind ? a.kind.rawValue < b.kind.rawValue : a.id.utf8Precedes(b.id)
        }
    }
}
