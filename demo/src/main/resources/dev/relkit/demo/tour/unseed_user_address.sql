-- Removes the user/address seed rows the querying section created (user_account and address
-- reference each other: the user links are cleared first).
UPDATE user_account SET home_address_id = NULL, work_address_id = NULL;
DELETE FROM user_profile;
DELETE FROM address;
DELETE FROM user_account;
