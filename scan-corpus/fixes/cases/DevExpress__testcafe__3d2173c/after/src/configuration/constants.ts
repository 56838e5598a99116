export default {
    CLI: {
        AUTHENTICATION_HELPER: {
            MAX_AUTHENTICATION_DELAY: 30000,
        },
    },
};
