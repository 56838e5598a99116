// --------------------------------------------------------
// WARNING: this file is used by both the client and the server.
// Do not use any browser or node-specific API!
// --------------------------------------------------------

export default {
    run:  'run',
    idle: 'idle',
};
