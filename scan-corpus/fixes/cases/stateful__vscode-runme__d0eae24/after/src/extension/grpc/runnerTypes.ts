export * from '@buf/stateful_runme.community_timostamm-protobuf-ts/runme/runner/v1/runner_pb'
