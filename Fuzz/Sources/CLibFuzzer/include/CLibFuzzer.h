// libFuzzer's driver, called from each target's main.swift. SwiftPM links an executable's
// entry point as `<Target>_main`, so the targets cannot use libFuzzer's own `main`; they call
// this function (part of libFuzzer since LLVM 11) with their test function instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
