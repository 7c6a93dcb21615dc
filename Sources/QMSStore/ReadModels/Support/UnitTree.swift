import QMSDomain

/// The units of a scope in tree order: each unit followed by its descendants,
/// siblings by id, with their depth below the scope's top. Built from the
/// units table, which holds a few hundred rows even for a province.
struct UnitTree {
    struct Node {
        var unit: UnitRecord
        var depth: Int
        var hasChildren: Bool
    }

    /// Every unit of the scope, in tree order.
    let nodes: [Node]
    /// Parent of each unit of the scope (nil for the scope's top units).
    let parents: [String: String]

    /// Loads the units of `scope`.
    init(store: Store, scope: UnitScope) throws(StoreError) {
        var units: [UnitRecord] = []
        try store.forEachRow("""
            SELECT \(SQLFragments.columns(of: UnitRecord.self, as: "u")) FROM units AS u
            WHERE \(scope.condition(on: "u.id")) ORDER BY u.id
            """, scope: scope, table: "units") { (row) throws(StoreError) in
            units.append(try UnitRecord(row: row))
        }
        self.init(units: units)
    }

    /// Orders `units` (sorted by id): a unit whose parent is not among them is a top unit.
    init(units: [UnitRecord]) {
        let ids = Set(units.map(\.id))
        var children: [String: [UnitRecord]] = [:]
        var tops: [UnitRecord] = []
        var parents: [String: String] = [:]
        for unit in units {
            if let parent = unit.parentID, ids.contains(parent) {
                children[parent, default: []].append(unit)
                parents[unit.id] = parent
            } else {
                tops.append(unit)
            }
        }
        var nodes: [Node] = []
        nodes.reserveCapacity(units.count)
        var visited: Set<String> = []
        // Depth first, without recursion; a stack of (unit, depth) in reverse order.
        var stack = tops.reversed().map { ($0, 0) }
        while let (unit, depth) = stack.popLast() {
            guard visited.insert(unit.id).inserted else { continue }
            let kids = children[unit.id] ?? []
            nodes.append(Node(unit: unit, depth: depth, hasChildren: !kids.isEmpty))
            stack.append(contentsOf: kids.reversed().map { ($0, depth + 1) })
        }
        self.nodes = nodes
        self.parents = parents
    }

    /// `unitID` and its ancestors within the scope, nearest first.
    func lineage(of unitID: String) -> [String] {
        var result = [unitID]
        var current = unitID
        while let parent = parents[current], !result.contains(parent) {
            result.append(parent)
            current = parent
        }
        return result
    }
}
