-- The forwarding mode ModifyEipForwardMode set on an EIP (issue 8): Alibaba changes the mode of an EIP that is
-- allocated but not bound ("eip can only change mode when it is allocated or bind eni"), and Terraform's
-- alicloud_eip_address reads it back. '' until set; DescribeEipAddresses shows it while the EIP has no binding.
ALTER TABLE eips ADD COLUMN forward_mode TEXT NOT NULL DEFAULT '';
