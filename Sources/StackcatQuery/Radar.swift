import StackcatModel

/// A technology radar of one stack: four quadrants of top-level categories, the four rings, and one
/// numbered blip per component, placed deterministically without overlaps.
///
/// Quadrants come from the `radar:` section of `categories.yaml`. Without one, the default: the
/// three top-level categories with the most tools (with their sub-categories'; ties by id) get a
/// quadrant each, and the fourth, "Other", holds the rest. Components whose category is unknown,
/// missing, or in no quadrant of the section go to the fourth quadrant too.
///
/// Quadrant indices follow Zalando's tech-radar: 0 bottom right, 1 bottom left, 2 top left, 3 top
/// right; ring 0 is the innermost (adopt).
public struct Radar: Sendable {
    public struct Quadrant: Sendable, Hashable {
        public var index: Int
        public var name: String
        /// The top-level categories it holds (in the order given, or by tool count for the default).
        public var categories: [String]
    }

    /// How a blip changed since the baseline stack.
    public enum Movement: String, Sendable, Hashable, CaseIterable {
        /// Same ring as in the baseline, or no baseline.
        case unchanged
        /// Not in the baseline.
        case new
        /// In a ring nearer the centre than in the baseline (assess → trial).
        case movedIn = "moved-in"
        /// In a ring further out than in the baseline (adopt → hold).
        case movedOut = "moved-out"
    }

    public struct Blip: Sendable, Hashable {
        /// 1-based, in legend order: by quadrant, then ring, then name.
        public var number: Int
        public var id: String
        public var name: String
        public var ring: Ring
        public var quadrant: Int
        public var category: String?
        public var isInHouse: Bool
        public var movement: Movement
        /// The component's role in the stack, else the tool's summary.
        public var description: String
        public var homepage: String?
        /// When the component's ring was last reviewed (`reviewed`, YYYY-MM-DD), if the stack says.
        public var reviewed: String? = nil
        /// The centre of the blip, in radar units: the radar's centre is (0, 0), `Radar.radius` its
        /// outer edge, y grows downwards as in SVG.
        public var x: Double
        public var y: Double

        package init(
            number: Int,
            id: String,
            name: String,
            ring: Ring,
            quadrant: Int,
            category: String? = nil,
            isInHouse: Bool,
            movement: Movement,
            description: String,
            homepage: String? = nil,
            reviewed: String? = nil,
            x: Double,
            y: Double
        ) {
            self.number = number
            self.id = id
            self.name = name
            self.ring = ring
            self.quadrant = quadrant
            self.category = category
            self.isInHouse = isInHouse
            self.movement = movement
            self.description = description
            self.homepage = homepage
            self.reviewed = reviewed
            self.x = x
            self.y = y
        }

        public var isNew: Bool { movement == .new }
    }

    public var stackID: String
    public var stackName: String
    public var asOf: String?
    /// The baseline stack's id (or a revision, for the stack at that revision), when blips are marked against one.
    public var baseline: String?
    public var quadrants: [Quadrant]
    public var blips: [Blip]
    /// The outer radius; grows from `minimumRadius` until every ring segment holds its blips.
    public var radius: Double

    /// Outer edges of the rings, as fractions of the radius (inner rings wider, as is usual).
    public static let ringEdges: [Double] = [0.4, 0.64, 0.83, 1.0]
    public static let minimumRadius = 300.0
    /// Distance between blip centres; blips are drawn smaller than this.
    public static let spacing = 26.0
    public static let blipRadius = 10.0

    /// `quadrants`: the catalog's `quadrants(of:)`, for callers that draw many radars of one catalog.
    /// `baselineLabel` names the baseline where its id would not (`HEAD~3` for the stack at a revision).
    public init(stack: Stack, in catalog: Catalog, baseline: Stack? = nil, quadrants: [Quadrant]? = nil, baselineLabel: String? = nil) {
        stackID = stack.id
        stackName = stack.name
        asOf = stack.asOf
        self.baseline = baseline.map { baselineLabel ?? $0.id }
        let quadrants = quadrants ?? Self.quadrants(of: catalog)
        self.quadrants = quadrants
        var quadrantOfTop: [String: Int] = [:]
        for quadrant in quadrants { for id in quadrant.categories where quadrantOfTop[id] == nil { quadrantOfTop[id] = quadrant.index } }

        var blips: [Blip] = []
        for component in stack.components {
            let tool = catalog.tool(component.id)
            let category = tool?.category.value ?? component.category?.value
            let top = category.flatMap { catalog.topCategory(of: $0) }
            let quadrant = top.flatMap { quadrantOfTop[$0] } ?? 3
            var movement = Movement.unchanged
            if let baseline {
                if let before = baseline.component(component.id)?.ring {
                    movement = component.ring < before ? .movedIn : (before < component.ring ? .movedOut : .unchanged)
                } else {
                    movement = .new
                }
            }
            let description = component.role ?? tool?.summary ?? ""
            blips.append(
                Blip(
                    number: 0, id: component.id, name: tool?.name ?? component.name ?? component.id, ring: component.ring,
                    quadrant: quadrant, category: category, isInHouse: tool == nil, movement: movement,
                    description: description, homepage: tool?.homepage, reviewed: component.reviewed?.value, x: 0, y: 0))
        }
        blips.sort {
            ($0.quadrant, $0.ring) != ($1.quadrant, $1.ring)
                ? ($0.quadrant, $0.ring) < ($1.quadrant, $1.ring)
                : ($0.name.lowercased() != $1.name.lowercased() ? $0.name.lowercased().utf8Precedes($1.name.lowercased()) : $0.id.utf8Precedes($1.id))
        }
        for i in blips.indices { blips[i].number = i + 1 }
        (self.blips, self.radius) = Self.place(blips)
    }

    /// The quadrants of the catalog's radar section, or the default grouping.
    public static func quadrants(of catalog: Catalog) -> [Quadrant] {
        if let settings = catalog.radar, settings.quadrants.count == 4 {
            return settings.quadrants.enumerated().map { i, q in
                Quadrant(index: i, name: q.name.value, categories: q.categories.map(\.value))
            }
        }
        // Tools in or below each top-level category, a tool counted once per top-level category.
        var counts: [String: Int] = [:]
        for i in catalog.tools.indices {
            var seen: Set<String> = []
            for category in catalog.tools[i].allCategories {
                if let top = catalog.topCategory(of: category), seen.insert(top).inserted { counts[top, default: 0] += 1 }
            }
        }
        let tops = catalog.categories.filter { $0.parent == nil }
            .map { (id: $0.id.value, name: $0.name, count: counts[$0.id.value] ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.id.utf8Precedes($1.id) }
        var quadrants: [Quadrant] = tops.prefix(3).enumerated().map { i, top in Quadrant(index: i, name: top.name, categories: [top.id]) }
        let rest = tops.dropFirst(3)
        while quadrants.count < 3 { quadrants.append(Quadrant(index: quadrants.count, name: "Other", categories: [])) }
        quadrants.append(Quadrant(index: 3, name: rest.count == 1 ? rest.first!.name : "Other", categories: rest.map(\.id)))
        return quadrants
    }

    /// Places each segment's blips (one quadrant, one ring) on arcs inside the segment, spread evenly,
    /// at least `spacing` apart and away from the quadrant's edges; the radius grows until they fit.
    static func place(_ blips: [Blip]) -> ([Blip], Double) {
        var segments: [Int: [Int]] = [:]
        for (i, blip) in blips.enumerated() {
            segments[blip.quadrant * 4 + Ring.allCases.firstIndex(of: blip.ring)!, default: []].append(i)
        }
        var radius = minimumRadius
        while !segments.allSatisfy({ key, members in capacity(ring: key % 4, radius: radius).reduce(0, +) >= members.count }) {
            radius *= 1.1
        }
        var placed = blips
        for key in segments.keys.sorted() {
            let members = segments[key]!
            let ring = key % 4
            let quadrant = key / 4
            let rows = rowRadii(ring: ring, radius: radius)
            let slots = capacity(ring: ring, radius: radius)
            // Blips per row: in proportion to the row's capacity, largest remainders first, never above it.
            let total = slots.reduce(0, +)
            var counts = slots.map { members.count * $0 / max(total, 1) }
            var left = members.count - counts.reduce(0, +)
            let order = slots.indices.sorted {
                let a = Double(members.count * slots[$0]) / Double(max(total, 1)) - Double(counts[$0])
                let b = Double(members.count * slots[$1]) / Double(max(total, 1)) - Double(counts[$1])
                return a != b ? a > b : $0 < $1
            }
            var k = 0
            while left > 0 {
                let row = order[k % order.count]
                if counts[row] < slots[row] {
                    counts[row] += 1
                    left -= 1
                }
                k += 1
            }
            // Zalando's quadrant angles, y downwards: 0 bottom right (0°–90°), 1 bottom left, 2 top left, 3 top right.
            let start = Double(quadrant) * Double.pi / 2
            var next = 0
            for (row, r) in rows.enumerated() where counts[row] > 0 {
                let margin = (spacing / 2 + 4) / r
                let span = Double.pi / 2 - 2 * margin
                // Evenly spread with half a step at each end while that keeps them `spacing` apart; a
                // fuller row runs from end to end, as `capacity` counts it.
                let k = counts[row]
                let arc = r * span
                for j in 0..<k {
                    let t = k == 1 ? 0.5 : (arc / Double(k) >= spacing ? (Double(j) + 0.5) / Double(k) : Double(j) / Double(k - 1))
                    let angle = start + margin + t * span
                    let index = members[next]
                    placed[index].x = (r * Trigonometry.cos(angle) * 100).rounded() / 100
                    placed[index].y = (r * Trigonometry.sin(angle) * 100).rounded() / 100
                    next += 1
                }
            }
        }
        return (placed, radius)
    }

    /// Radii of the arcs that blips sit on inside a ring, `spacing` apart and `spacing / 2` from its edges.
    static func rowRadii(ring: Int, radius: Double) -> [Double] {
        let inner = ring == 0 ? spacing : ringEdges[ring - 1] * radius
        let outer = ringEdges[ring] * radius
        let first = inner + spacing / 2 + 2
        let last = outer - spacing / 2 - 2
        guard last >= first else { return [] }
        let count = Int(((last - first) / spacing).rounded(.down)) + 1
        return (0..<count).map { first + Double($0) * spacing }
    }

    /// How many blips fit on each arc of a ring within one quadrant.
    static func capacity(ring: Int, radius: Double) -> [Int] {
        rowRadii(ring: ring, radius: radius).map { r in
            let arc = r * (Double.pi / 2) - 2 * (spacing / 2 + 4)
            return max(0, Int((arc / spacing).rounded(.down)) + 1)
        }
    }
}

/// Sine and cosine in plain Swift arithmetic: the same bits on every machine (libm's may differ in
/// the last place between platforms, and generated files must not).
enum Trigonometry {
    static func sin(_ x: Double) -> Double {
        // Reduce to [-π, π], then to [-π/2, π/2] by sin(π - x) = sin(x); the series converges fast there.
        var a = x.truncatingRemainder(dividingBy: 2 * Double.pi)
        if a > Double.pi { a -= 2 * Double.pi } else if a < -Double.pi { a += 2 * Double.pi }
        if a > Double.pi / 2 { a = Double.pi - a } else if a < -Double.pi / 2 { a = -Double.pi - a }
        let a2 = a * a
        var term = a
        var sum = a
        for n in stride(from: 2, through: 22, by: 2) {
            term *= -a2 / Double(n * (n + 1))
            sum += term
        }
        return sum
    }

    static func cos(_ x: Double) -> Double { sin(x + Double.pi / 2) }
}
