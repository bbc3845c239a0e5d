import StackcatModel

/// Decodes what `CompactEncoder` wrote (the form is described there), front to back: each container
/// reads its part of the bytes in the order the value's `init(from:)` asks for it, which for
/// synthesized conformances is the order `encode(to:)` wrote it. A key asked for out of order, a number
/// past the tables or bytes past the end are a `DecodingError`, never a crash.
package enum CompactDecoder {
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let reader = CompactReader(bytes)
        let value = try T(from: CompactDecoding(reader))
        guard reader.atEnd else { throw CompactReader.corrupt("bytes left after the value") }
        return value
    }
}

/// The bytes and the string and shape tables read so far, shared by every container of one decoding.
final class CompactReader {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    private var strings: [String] = []
    private var shapes: [[String]] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var atEnd: Bool { position == bytes.count }

    static func corrupt(_ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "compact form: " + what))
    }

    func number() throws -> UInt64 {
        // The position in a local: each access to a class's property is an exclusivity check.
        var at = position
        defer { position = at }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            guard byte < 0x80, shift < 66 else { throw Self.corrupt("a malformed number") }
            value |= UInt64(byte & 0x3F) << shift
            if byte & 0x40 == 0 { return value }
            shift += 6
        }
        throw Self.corrupt("the bytes end inside a number")
    }

    func span() throws -> SourceSpan {
        SourceSpan(
            start: SourcePosition(line: try integer(Int.self), column: try integer(Int.self), offset: try integer(Int.self)),
            end: SourcePosition(line: try integer(Int.self), column: try integer(Int.self), offset: try integer(Int.self)))
    }

    func signed() throws -> Int64 {
        let raw = try number()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    func count() throws -> Int {
        let value = try number()
        guard value <= UInt64(bytes.count - position) else { throw Self.corrupt("a count past the end") }
        return Int(value)
    }

    func string() throws -> String {
        let number = try number()
        if number < UInt64(strings.count) { return strings[Int(number)] }
        guard number == UInt64(strings.count) else { throw Self.corrupt("a string number past the table") }
        let length = try count()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
        position += length
        strings.append(text)
        return text
    }

    func shape() throws -> [String] {
        let number = try number()
        if number < UInt64(shapes.count) { return shapes[Int(number)] }
        guard number == UInt64(shapes.count) else { throw Self.corrupt("a shape number past the table") }
        let count = try count()
        var keys: [String] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try string()) }
        shapes.append(keys)
        return keys
    }

    /// The keyed containers being read, innermost last: a container's keys and the next one due. Keyed
    /// containers do not mutate, so the position lives here; a container's frame is at the index it was
    /// opened at, and frames above it belong to containers nested in it, finished once it reads on.
    private struct Frame {
        var keys: [String]
        var next: Int
        var serial: Int
    }
    private var frames: [Frame] = []
    private var serials = 0

    /// Reads a keyed container's shape and opens its frame: its index and serial number.
    func openKeyed() throws -> (index: Int, serial: Int) {
        let keys = try shape()
        serials += 1
        frames.append(Frame(keys: keys, next: 0, serial: serials))
        return (frames.count - 1, serials)
    }

    func keys(at index: Int) -> [String] { frames[index].keys }

    /// Whether `key` is the next key of the container at `index`.
    func isNext(_ key: String, at index: Int, serial: Int) throws -> Bool {
        if frames.count > index + 1 { frames.removeLast(frames.count - index - 1) }
        guard frames.count == index + 1, frames[index].serial == serial else { throw Self.corrupt("containers read out of turn") }
        let frame = frames[index]
        return frame.next < frame.keys.count && frame.keys[frame.next] == key
    }

    /// Moves past `key`, which must be the next key of the container at `index`.
    func take(_ key: String, at index: Int, serial: Int) throws {
        guard try isNext(key, at: index, serial: serial) else { throw Self.corrupt("'\(key)' asked for out of order") }
        frames[index].next += 1
    }

    /// An optional property's 0 (absent) or 1 (present).
    func isPresent() throws -> Bool {
        switch try number() {
        case 0: return false
        case 1: return true
        default: throw Self.corrupt("a presence that is neither 0 nor 1")
        }
    }

    func integer<T: FixedWidthInteger & SignedInteger>(_: T.Type) throws -> T {
        guard let value = T(exactly: try signed()) else { throw Self.corrupt("an integer out of range") }
        return value
    }

    func unsignedInteger<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws -> T {
        guard let value = T(exactly: try number()) else { throw Self.corrupt("an integer out of range") }
        return value
    }

    func bool() throws -> Bool {
        switch try number() {
        case 0: return false
        case 1: return true
        default: throw Self.corrupt("a Boolean that is neither 0 nor 1")
        }
    }
}

/// The one `Decoder` of a decoding: nested values read from the same reader in turn.
final class CompactDecoding: Decoder {
    let reader: CompactReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ reader: CompactReader) {
        self.reader = reader
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let (index, serial) = try reader.openKeyed()
        return KeyedDecodingContainer(CompactKeyedReader<Key>(decoder: self, index: index, serial: serial))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        CompactUnkeyedReader(decoder: self, count: try reader.count())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleReader(decoder: self)
    }

    /// A nested value: spans and located strings as `CompactEncoder` writes them, without containers;
    /// anything else through its `init(from:)`.
    @inline(__always)
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Located<String>.self {
            let located = Located(try reader.string(), span: try reader.span())
            return unsafeBitCast(located, to: T.self)
        }
        if T.self == SourceSpan.self { return unsafeBitCast(try reader.span(), to: T.self) }
        return try T(from: self)
    }
}

struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: CompactDecoding
    /// The container's frame in the reader.
    let index: Int
    let serial: Int

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { decoder.reader.keys(at: index).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { (try? decoder.reader.isNext(key.stringValue, at: index, serial: serial)) ?? false }

    private func take(_ key: Key) throws {
        try decoder.reader.take(key.stringValue, at: index, serial: serial)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard try decoder.reader.isNext(key.stringValue, at: index, serial: serial) else {
            throw CompactReader.corrupt("'\(key.stringValue)' asked for out of order")
        }
        if try decoder.reader.isPresent() { return false }
        try take(key)
        return true
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try take(key)
        return try decoder.reader.bool()
    }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try take(key)
        return try decoder.reader.string()
    }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try take(key)
        return try decoder.reader.integer(Int.self)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try take(key)
        return try decoder.value(T.self)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try decodeNil(forKey: key) ? nil : try decode(type, forKey: key)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try decodeNil(forKey: key) ? nil : try decode(type, forKey: key)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decodeNil(forKey: key) ? nil : try decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try take(key)
        return try decoder.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try take(key)
        return try decoder.unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw CompactReader.corrupt("superDecoder is not supported") }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw CompactReader.corrupt("superDecoder is not supported") }
}

struct CompactUnkeyedReader: UnkeyedDecodingContainer {
    let decoder: CompactDecoding
    let total: Int
    private(set) var currentIndex = 0

    init(decoder: CompactDecoding, count: Int) {
        self.decoder = decoder
        self.total = count
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    private mutating func take() throws {
        guard !isAtEnd else { throw CompactReader.corrupt("a list read past its end") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: String.Type) throws -> String {
        try take()
        return try decoder.reader.string()
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try take()
        return try decoder.value(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try take()
        return try decoder.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try take()
        return try decoder.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { throw CompactReader.corrupt("superDecoder is not supported") }
}

struct CompactSingleReader: SingleValueDecodingContainer {
    let decoder: CompactDecoding
    var codingPath: [any CodingKey] { [] }

    private var reader: CompactReader { decoder.reader }

    // The encoder refuses nil outside a property, so a single value is never nil.
    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.number()) }
    func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try reader.unsignedInteger(UInt32.self)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.unsignedInteger(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.unsignedInteger(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.unsignedInteger(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.unsignedInteger(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.number() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.value(T.self) }
}
