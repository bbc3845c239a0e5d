/// What a template reads: text, a flag, a list, or an object whose values are looked up by name.
enum TemplateValue {
    case none
    case text(String)
    case flag(Bool)
    case list(TemplateList)
    case object(any TemplateObject)

    /// A list of these values.
    static func list(_ items: [TemplateValue]) -> TemplateValue { .list(TemplateList(items)) }
}

/// The items of a list, each made into a `TemplateValue` only when a section renders it: a list is
/// often asked whether it is empty before it is rendered, and an object item costs a copy of its
/// view in a box each time it is made.
struct TemplateList {
    let count: Int
    let item: (Int) -> TemplateValue

    var isEmpty: Bool { count == 0 }

    init<Items: RandomAccessCollection>(_ items: Items) where Items.Element: TemplateValueConvertible, Items.Index == Int {
        count = items.count
        let start = items.startIndex
        item = { items[start + $0].templateValue }
    }

    init(_ items: [TemplateValue]) {
        count = items.count
        item = { items[$0] }
    }
}

/// A value with named parts, such as a page's view.
protocol TemplateObject: TemplateValueConvertible {
    /// The value of one part, `.none` when it has none (the lookup then goes on in enclosing values).
    func value(named key: String) -> TemplateValue
}

protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateObject {
    var templateValue: TemplateValue { .object(self) }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue { self?.templateValue ?? .none }
}

extension TemplateValue: TemplateValueConvertible {
    var templateValue: TemplateValue { self }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(TemplateList(self)) }
}
