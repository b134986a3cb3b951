// Decode 64-bit integers as plain numbers, not Long objects. This must run before the
// generated code is evaluated, which sets Long-valued defaults when Long is available;
// codec.ts imports it first for that reason. Timestamps and parameter counts stay well
// within Number.MAX_SAFE_INTEGER.
import protobuf from 'protobufjs/minimal.js'

protobuf.util.Long = null as unknown as typeof protobuf.util.Long
protobuf.configure()
