import QMSDomain

extension Store {
    /// Units whose name or id contains `query`, ignoring case and diacritics
    /// (`van phong` finds `Văn phòng Sở`), for the unit picker: an exact id
    /// first, then names or ids that start with the query, then the rest; each
    /// group in tree order. A blank query lists units in tree order.
    public func units(matching query: String, limit: Int = 20) throws(StoreError) -> [UnitRecord] {
        let folded = TextMatching.FoldedQuery(query)
        let tree = try readTransaction { () throws(StoreError) in try UnitTree(store: self, scope: .organisation) }
        guard !folded.isEmpty else { return Array(tree.nodes.prefix(max(0, limit)).map(\.unit)) }
        var ranked: [(rank: Int, position: Int, unit: UnitRecord)] = []
        for (position, node) in tree.nodes.enumerated() {
            let id = TextMatching.fold(node.unit.id)
            let name = TextMatching.fold(node.unit.name)
            let rank: Int
            if id == folded.folded {
                rank = 0
            } else if id.hasPrefix(folded.folded) || name.hasPrefix(folded.folded) {
                rank = 1
            } else if folded.matches(folded: id) || folded.matches(folded: name) {
                rank = 2
            } else {
                continue
            }
            ranked.append((rank, position, node.unit))
        }
        ranked.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        return ranked.prefix(max(0, limit)).map(\.unit)
    }
}
