export * from './utilities';
export * from './utilities.client';
export * from './exponential_backoff';
export * from './health_checker';
export * from './parse_jsonl_stream';
export * from './streams_utilities';
export * from './webhook_payload_template';
