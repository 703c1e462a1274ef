/// Why a batch could not run at all (as opposed to a document that failed, which is recorded
/// in the report and does not stop the batch).
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The command line names something that cannot be used: a missing input, a bad shard.
        case usage
        /// The machine refused: the output folder cannot be written, a worker cannot be started.
        case io
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
