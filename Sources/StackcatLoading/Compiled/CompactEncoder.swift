import StackcatModel

/// Encodes any `Encodable` value into the compact form that `CompactDecoder` reads: what the build
/// compiles the built-in catalog into (`CompiledCatalog`), so that the binary decodes a model at start-up
/// instead of parsing YAML. Generic over `Codable`, so a new stored property of the model (a new tool
/// fact) is carried without a change here.
///
/// The form, read front to back with no look-ahead:
/// - an integer: zig-zag for signed types, then 6 bits a byte, lowest first; 0x40 marks a byte that
///   more follow. Booleans are 0 and 1, floating-point numbers their bit pattern.
/// - a string: its number in a table built while reading; the next unused number is followed by the
///   UTF-8 byte count and the bytes, so each distinct string is stored and decoded once.
/// - a keyed container (a struct, an enum case, a dictionary): its shape's number, the shape (its keys)
///   defined on first use as strings are, then each value in key order.
/// - an unkeyed container (an array, a set): the count, then each value.
/// - an optional property (`encodeIfPresent`): 0 when absent; 1, then the value, when present.
/// - a `SourceSpan`: its six numbers; a `Located<String>`: its string, then its span. These are most of
///   a catalog's values, and decoding them without containers is what makes decoding fast.
///
/// Every byte outside strings is below 0x80, so the whole form is valid UTF-8 and fits in a Swift string
/// literal. Dictionaries and sets are written in a sorted order, so the same value gives the same bytes.
/// Encoding runs at build time only: clarity over speed.
package enum CompactEncoder {
    package struct Unsupported: Error, CustomStringConvertible {
        package var description: String
    }

    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = CompactWriter()
        writer.write(try CompactEncoding.slot(of: value))
        return writer.bytes
    }
}

/// A value as encoded, before it is written: containers are filled after they are handed out.
indirect enum CompactSlot {
    case signed(Int64)
    case unsigned(UInt64)
    case string(String)
    case absent
    case present(CompactSlot)
    case keyed(CompactEncoding.KeyedBox)
    case unkeyed(CompactEncoding.UnkeyedBox)
    case single(CompactEncoding.SingleBox)
    /// Values written one after another with no container (the spans' and located strings' fast path).
    case sequence([CompactSlot])
}

/// The `Encoder` behind `CompactEncoder`: one per encoded value, holding the one container it handed out.
final class CompactEncoding: Encoder {
    final class KeyedBox {
        var entries: [(key: String, value: CompactSlot)] = []
        /// A dictionary's keys, which come in hash order: sorted before writing.
        var sorted = false
    }
    final class UnkeyedBox {
        var items: [CompactSlot] = []
        /// A set's members, which come in hash order: sorted before writing.
        var sorted = false
    }
    final class SingleBox {
        var value: CompactSlot?
    }

    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private(set) var slot: CompactSlot?

    static func slot<T: Encodable>(of value: T) throws -> CompactSlot {
        if value is any OptionalMarker {
            throw CompactEncoder.Unsupported(description: "an optional value outside a property (\(T.self)) has no compact form")
        }
        if let fast = fastSlot(of: value) { return fast }
        let encoder = CompactEncoding()
        try value.encode(to: encoder)
        guard let slot = encoder.slot else { throw CompactEncoder.Unsupported(description: "\(T.self) encoded nothing") }
        if case .unkeyed(let box) = slot, "\(T.self)".hasPrefix("Set<") { box.sorted = true }
        return slot
    }

    /// Spans and located strings, most of the values of a catalog, go without containers: a span as
    /// its six numbers, a located string as its string and span. `CompactDecoding.value` reads them so.
    private static func fastSlot<T>(of value: T) -> CompactSlot? {
        func span(_ span: SourceSpan) -> CompactSlot {
            .sequence(
                [span.start.line, span.start.column, span.start.offset, span.end.line, span.end.column, span.end.offset].map {
                    .signed(Int64($0))
                })
        }
        if let value = value as? SourceSpan { return span(value) }
        if let value = value as? Located<String> { return .sequence([.string(value.value), span(value.span)]) }
        return nil
    }

    private func claim(_ new: CompactSlot) {
        precondition(slot == nil, "CompactEncoder: a value asked for a second container")
        slot = new
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box = KeyedBox()
        box.sorted = "\(Key.self)".contains("DictionaryCodingKey")
        claim(.keyed(box))
        return KeyedEncodingContainer(CompactKeyedWriter<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box = UnkeyedBox()
        claim(.unkeyed(box))
        return CompactUnkeyedWriter(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        let box = SingleBox()
        claim(.single(box))
        return CompactSingleWriter(box: box)
    }
}

/// Only to tell an optional apart where the form has no place for its absence.
protocol OptionalMarker {}
extension Optional: OptionalMarker {}

struct CompactKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: CompactEncoding.KeyedBox
    var codingPath: [any CodingKey] { [] }

    private func add(_ key: Key, _ slot: CompactSlot) { box.entries.append((key.stringValue, slot)) }

    mutating func encodeNil(forKey key: Key) throws { add(key, .absent) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { add(key, try CompactEncoding.slot(of: value)) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        add(key, try value.map { .present(try CompactEncoding.slot(of: $0)) } ?? .absent)
    }
    // The standard library's own `encodeIfPresent` for these types writes nothing for nil; the form
    // needs the 0, so each goes through the generic one.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeAny(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeAny(value, key) }

    private func encodeAny<T: Encodable>(_ value: T?, _ key: Key) throws {
        add(key, try value.map { .present(try CompactEncoding.slot(of: $0)) } ?? .absent)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let encoder = CompactEncoding()
        let container = encoder.container(keyedBy: keyType)
        add(key, encoder.slot!)
        return container
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let encoder = CompactEncoding()
        let container = encoder.unkeyedContainer()
        add(key, encoder.slot!)
        return container
    }

    mutating func superEncoder() -> any Encoder { fatalError("CompactEncoder: superEncoder is not supported") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { fatalError("CompactEncoder: superEncoder is not supported") }
}

struct CompactUnkeyedWriter: UnkeyedEncodingContainer {
    let box: CompactEncoding.UnkeyedBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    mutating func encodeNil() throws {
        throw CompactEncoder.Unsupported(description: "a nil list element has no compact form")
    }
    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try CompactEncoding.slot(of: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let encoder = CompactEncoding()
        let container = encoder.container(keyedBy: keyType)
        box.items.append(encoder.slot!)
        return container
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let encoder = CompactEncoding()
        let container = encoder.unkeyedContainer()
        box.items.append(encoder.slot!)
        return container
    }

    mutating func superEncoder() -> any Encoder { fatalError("CompactEncoder: superEncoder is not supported") }
}

struct CompactSingleWriter: SingleValueEncodingContainer {
    let box: CompactEncoding.SingleBox
    var codingPath: [any CodingKey] { [] }

    private func set(_ slot: CompactSlot) { box.value = slot }

    mutating func encodeNil() throws {
        throw CompactEncoder.Unsupported(description: "a nil single value has no compact form")
    }
    mutating func encode(_ value: Bool) throws { set(.unsigned(value ? 1 : 0)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(.unsigned(value.bitPattern)) }
    mutating func encode(_ value: Float) throws { set(.unsigned(UInt64(value.bitPattern))) }
    mutating func encode(_ value: Int) throws { set(.signed(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(.signed(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(.signed(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(.signed(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(.signed(value)) }
    mutating func encode(_ value: UInt) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { set(.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { set(.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try CompactEncoding.slot(of: value)) }
}

/// Writes slots as bytes, numbering strings and shapes on first use.
struct CompactWriter {
    private(set) var bytes: [UInt8] = []
    private var strings: [String: Int] = [:]
    private var shapes: [[String]: Int] = [:]

    mutating func write(_ slot: CompactSlot) {
        switch slot {
        case .signed(let value): writeNumber(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
        case .unsigned(let value): writeNumber(value)
        case .string(let text): writeString(text)
        case .absent: writeNumber(0)
        case .present(let inner):
            writeNumber(1)
            write(inner)
        case .single(let box): write(box.value ?? .absent)
        case .sequence(let items): for item in items { write(item) }
        case .unkeyed(let box):
            writeNumber(UInt64(box.items.count))
            let items = box.sorted ? box.items.sorted { Self.sortKey($0).lexicographicallyPrecedes(Self.sortKey($1)) } : box.items
            for item in items { write(item) }
        case .keyed(let box):
            let entries = box.sorted ? box.entries.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) } : box.entries
            let shape = entries.map(\.key)
            if let number = shapes[shape] {
                writeNumber(UInt64(number))
            } else {
                let number = shapes.count
                shapes[shape] = number
                writeNumber(UInt64(number))
                writeNumber(UInt64(shape.count))
                for key in shape { writeString(key) }
            }
            for entry in entries { write(entry.value) }
        }
    }

    private mutating func writeNumber(_ value: UInt64) {
        var rest = value
        while rest >= 0x40 {
            bytes.append(UInt8(rest & 0x3F) | 0x40)
            rest >>= 6
        }
        bytes.append(UInt8(rest))
    }

    private mutating func writeString(_ text: String) {
        if let number = strings[text] {
            writeNumber(UInt64(number))
            return
        }
        let number = strings.count
        strings[text] = number
        writeNumber(UInt64(number))
        writeNumber(UInt64(text.utf8.count))
        bytes += text.utf8
    }

    /// A set member's bytes without the tables, for a numbering-independent order.
    private static func sortKey(_ slot: CompactSlot) -> [UInt8] {
        var writer = CompactWriter()
        writer.strings = [:]
        writer.write(slot)
        return writer.bytes
    }
}
