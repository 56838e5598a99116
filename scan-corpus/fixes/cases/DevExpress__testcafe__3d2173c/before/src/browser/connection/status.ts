enum BrowserConnectionStatus {
    uninitialized = 'uninitialized',
    ready = 'ready',
    opened = 'opened',
    closing = 'closing',
    closed = 'closed',
    disconnected = 'disconnected'
}

export default BrowserConnectionStatus;
