enum TaskPhase {
    initialized = 'initialized',
    started = 'started',
    done = 'done'
}

export default TaskPhase;

