import CLibFuzzer
import Foundation

// libFuzzer runs the inputs and keeps the ones that reach new code; its options and folders
// come from the command line (scripts/fuzz.sh).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) })
