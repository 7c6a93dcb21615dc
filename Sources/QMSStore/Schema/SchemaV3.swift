/// Schema version 3: documents inserted by a sync are added to `document_months`
/// and `document_due` in bulk by `DocumentSummaryBatch`, not by a trigger per row
/// (40% of a sync's instructions). The update and delete triggers stay: a sync
/// rarely changes or removes documents, and they keep the summaries exact when it does.
enum SchemaV3 {
    static let migration = Migration(name: "v3: document summaries for inserts written in bulk", sql: """
        DROP TRIGGER documents_count_insert;
        DROP TRIGGER documents_due_insert;
        """)
}
