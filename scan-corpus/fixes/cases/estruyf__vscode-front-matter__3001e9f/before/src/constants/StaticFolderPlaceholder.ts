export const STATIC_FOLDER_PLACEHOLDER = {
  hexo: {
    postsFolder: 'source/_posts',
    placeholder: 'hexo:post_asset_folder'
  }
};
