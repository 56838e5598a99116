export const NOTIFICATION_TYPE = {
  requiredFieldValidation: 'requiredFieldValidation'
};
