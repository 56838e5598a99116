interface Pagination {
  pageSize: number
  totalRows: number
  numberOfPages: number
}

export default Pagination
