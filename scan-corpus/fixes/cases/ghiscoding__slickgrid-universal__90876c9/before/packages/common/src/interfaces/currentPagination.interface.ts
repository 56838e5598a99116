export interface CurrentPagination {
  /** Grid page number */
  pageNumber: number;

  /** Grid page size */
  pageSize: number;
}
