type Booleanish = 'true' | 'false' | '' | boolean

export default Booleanish
