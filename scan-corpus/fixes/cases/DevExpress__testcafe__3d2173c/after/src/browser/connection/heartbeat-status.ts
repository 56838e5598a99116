enum HeartbeatStatus {
    ok = 'ok',
    closing = 'closing'
}

export default HeartbeatStatus;
