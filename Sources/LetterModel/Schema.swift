/// The JSON Schema (draft 2020-12) that every ``Letter`` output validates against.
///
/// Embedded as a literal so that the `letters` binary works wherever it is copied; a test keeps
/// it identical to `schema/letter.schema.json`.
public enum LetterSchema {
    public static let json: String = schemaText
}
