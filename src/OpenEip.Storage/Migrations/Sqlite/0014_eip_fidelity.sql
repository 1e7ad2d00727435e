-- EIP field fidelity (issue 8).
-- The zone asked for at allocation, echoed by DescribeEipAddresses.
ALTER TABLE eips ADD COLUMN zone TEXT NOT NULL DEFAULT '';
-- Second-level monitoring (SetHighDefinitionMonitorLogStatus): ON/OFF and the Log Service destination.
ALTER TABLE eips ADD COLUMN hd_monitor_status TEXT NOT NULL DEFAULT 'OFF';
ALTER TABLE eips ADD COLUMN hd_log_project TEXT NOT NULL DEFAULT '';
ALTER TABLE eips ADD COLUMN hd_log_store TEXT NOT NULL DEFAULT '';

-- InstanceType=IpAddress bindings name an address of a VPC; one EIP per address rides on the exclusive_target
-- index ('IpAddress:<vpc>/<address>').
ALTER TABLE eip_bindings ADD COLUMN vpc_id TEXT NOT NULL DEFAULT '';
CREATE INDEX ix_eip_bindings_vpc ON eip_bindings (vpc_id) WHERE vpc_id <> '';
-- Whether the binding's private IP was chosen (PrivateIpAddress given, or picked by a batch), which decides
-- whether DescribeEipAddresses shows it. ENI bindings made before this showed their IP, and keep doing so.
ALTER TABLE eip_bindings ADD COLUMN private_ip_chosen INTEGER NOT NULL DEFAULT 0;
UPDATE eip_bindings SET private_ip_chosen = 1 WHERE instance_type = 'NetworkInterface';
