-- NAT gateway attributes Terraform reads back and changes: DeletionProtection (Type=NATGW) and
-- IcmpReplyEnabled (ModifyNatGatewayAttribute). Existing gateways keep Alibaba's defaults.
ALTER TABLE nat_gateways ADD COLUMN deletion_protection INTEGER NOT NULL DEFAULT 0;
ALTER TABLE nat_gateways ADD COLUMN icmp_reply_enabled INTEGER NOT NULL DEFAULT 1;
