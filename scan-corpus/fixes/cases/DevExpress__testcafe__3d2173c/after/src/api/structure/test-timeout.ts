enum TestTimeout {
    pageRequestTimeout = 'pageRequestTimeout',
    ajaxRequestTimeout = 'ajaxRequestTimeout',
    pageLoadTimeout = 'pageLoadTimeout'
}

export default TestTimeout;
