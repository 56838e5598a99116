enum QUARANTINE_OPTION_NAMES {
    attemptLimit = 'attemptLimit',
    successThreshold = 'successThreshold'
}

export default QUARANTINE_OPTION_NAMES;
