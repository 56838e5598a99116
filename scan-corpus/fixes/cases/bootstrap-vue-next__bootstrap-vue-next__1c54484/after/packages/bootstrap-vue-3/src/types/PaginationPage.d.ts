interface PaginationPage {
  number: number
}

export default PaginationPage
