#!/usr/bin/env bash
# Builds the protocol fuzz target with clang (libFuzzer, AddressSanitizer, UBSan) and runs it.
# Usage: tests/fuzz/run-fuzzer.sh [seconds]   (CI runs it briefly; run it longer by hand)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
# A fixed seed (CI) makes a short run repeat the same exploration; 0 picks a new one each run.
seed=${CASUSREGIE_FUZZ_SEED:-0}
out=${CASUSREGIE_FUZZ_DIR:-build-fuzz}
mkdir -p "$out/corpus"
cp -n tests/fuzz/corpus/* "$out/corpus/" 2>/dev/null || true

clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Icore $(pkg-config --cflags Qt6Core) \
    tests/fuzz/ProtocolFuzzer.cpp core/net/Wire.cpp \
    $(pkg-config --libs Qt6Core) -o "$out/protocol-fuzzer"

echo "Fuzzen van de protocoldecoder gedurende ${seconds} s ..."
"$out/protocol-fuzzer" -seed="$seed" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
    "$out/corpus" 2>&1 | tail -n 12
