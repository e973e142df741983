/// libFuzzer's driver entry point (compiler-rt `FuzzerDriver.cpp`): runs the fuzzing loop, or
/// replays files, with the usual libFuzzer flags in `argv`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Hands the process to libFuzzer; each fuzz target's `<Target>_main` calls this.
/// - Returns: libFuzzer's exit status (0, or 1 on a finding with the default `-error_exitcode`
///   of 77 … libFuzzer chooses).
public func runFuzzer(
  argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// The fuzzer's input as a byte array (empty for a null pointer).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Fails the run (libFuzzer reports a crash and keeps the input) when an invariant is broken.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("fuzz invariant broken: \(message())") }
}
