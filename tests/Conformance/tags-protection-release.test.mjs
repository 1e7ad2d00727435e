// Tags (TagResources / ListTagResources / UnTagResources), DeletionProtection and ReleaseEipAddress.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, expectError, expectRawOk, Vpc, REGION } from './lib/harness.mjs';

const ctx = useServer();

const tagsOf = (item) => (item.tags?.tag ?? []).map((t) => `${t.key}=${t.value}`).sort();

async function listTags(acct, { resourceIds, tags }) {
  return (await acct.vpc.listTagResources(new Vpc.ListTagResourcesRequest({
    regionId: REGION,
    resourceType: 'EIP',
    ...(resourceIds ? { resourceId: resourceIds } : {}),
    ...(tags ? { tag: tags.map((t) => new Vpc.ListTagResourcesRequestTag(t)) } : {}),
  }))).body;
}

async function untag(acct, resourceIds, { tagKeys, all } = {}) {
  return (await acct.vpc.unTagResources(new Vpc.UnTagResourcesRequest({
    regionId: REGION, resourceType: 'EIP', resourceId: resourceIds,
    ...(tagKeys ? { tagKey: tagKeys } : {}), ...(all !== undefined ? { all } : {}),
  }))).body;
}

describe('tags', () => {
  let acct;
  let e1;
  let e2;
  let e3;
  before(async () => {
    acct = await ctx.harness.createAccount();
    [e1, e2, e3] = await Promise.all([acct.allocate(), acct.allocate(), acct.allocate()]);
  });

  it('TagResources tags EIPs and DescribeEipAddresses shows Tags.Tag[] {Key, Value}', async () => {
    const r = await acct.tag([e1.allocationId, e2.allocationId], [{ key: 'env', value: 'dev' }, { key: 'team', value: 'net' }]);
    assert.ok(r.requestId);
    assert.deepEqual(tagsOf(await acct.describeOne(e1.allocationId)), ['env=dev', 'team=net']);
    assert.deepEqual(tagsOf(await acct.describeOne(e2.allocationId)), ['env=dev', 'team=net']);
    assert.deepEqual(tagsOf(await acct.describeOne(e3.allocationId)), []);
  });

  it('DescribeEipAddresses filters by Tag.1.Key / Tag.1.Value', async () => {
    await acct.tag([e3.allocationId], [{ key: 'env', value: 'prod' }]);
    const dev = await acct.describe({ tags: [{ key: 'env', value: 'dev' }] });
    assert.deepEqual(dev.eipAddresses.eipAddress.map((e) => e.allocationId).sort(), [e1.allocationId, e2.allocationId].sort());
    assert.equal(dev.totalCount, 2);
    const prod = await acct.describe({ tags: [{ key: 'env', value: 'prod' }] });
    assert.deepEqual(prod.eipAddresses.eipAddress.map((e) => e.allocationId), [e3.allocationId]);
  });

  it('ListTagResources by ResourceId.N returns TagResources.TagResource[] {ResourceId, ResourceType, TagKey, TagValue} and NextToken (raw JSON)', async () => {
    const raw = expectRawOk(await acct.rawV1('ListTagResources', {
      RegionId: REGION, ResourceType: 'EIP', 'ResourceId.1': e1.allocationId,
    }));
    assert.ok(Array.isArray(raw.TagResources?.TagResource), JSON.stringify(raw));
    assert.equal(typeof raw.NextToken, 'string', `NextToken: ${JSON.stringify(raw)}`);
    const got = raw.TagResources.TagResource.map((t) => `${t.ResourceId}|${t.ResourceType}|${t.TagKey}=${t.TagValue}`).sort();
    assert.deepEqual(got, [`${e1.allocationId}|EIP|env=dev`, `${e1.allocationId}|EIP|team=net`]);

    const body = await listTags(acct, { resourceIds: [e1.allocationId, e3.allocationId] });
    const sdk = body.tagResources.tagResource.map((t) => `${t.resourceId}|${t.tagKey}=${t.tagValue}`).sort();
    assert.deepEqual(sdk, [`${e1.allocationId}|env=dev`, `${e1.allocationId}|team=net`, `${e3.allocationId}|env=prod`].sort());
  });

  it('ListTagResources by Tag.N returns the resources that carry the tag', async () => {
    const body = await listTags(acct, { tags: [{ key: 'team', value: 'net' }] });
    const resources = [...new Set(body.tagResources.tagResource.map((t) => t.resourceId))].sort();
    assert.deepEqual(resources, [e1.allocationId, e2.allocationId].sort());
    for (const t of body.tagResources.tagResource) assert.equal(t.resourceType, 'EIP');
  });

  it('UnTagResources with TagKey.N removes those keys only', async () => {
    await untag(acct, [e1.allocationId], { tagKeys: ['team'] });
    assert.deepEqual(tagsOf(await acct.describeOne(e1.allocationId)), ['env=dev']);
    assert.deepEqual(tagsOf(await acct.describeOne(e2.allocationId)), ['env=dev', 'team=net']);
  });

  it('UnTagResources with All=true removes every tag', async () => {
    await untag(acct, [e2.allocationId], { all: true });
    assert.deepEqual(tagsOf(await acct.describeOne(e2.allocationId)), []);
    const body = await listTags(acct, { resourceIds: [e2.allocationId] });
    assert.deepEqual(body.tagResources?.tagResource ?? [], []);
  });

  it('tags given at allocation are shown by DescribeEipAddresses', async () => {
    const { allocationId } = await acct.allocate({ tags: [{ key: 'born', value: 'tagged' }] });
    assert.deepEqual(tagsOf(await acct.describeOne(allocationId)), ['born=tagged']);
  });

  it('20 tags on one EIP are accepted; a 21st is 400 QuotaExceeded.TagNum', async () => {
    const { allocationId } = await acct.allocate();
    const twenty = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
    await acct.tag([allocationId], twenty);
    assert.equal(tagsOf(await acct.describeOne(allocationId)).length, 20);
    await expectError(acct.tag([allocationId], [{ key: 'k20', value: 'v20' }]), { code: 'QuotaExceeded.TagNum', status: 400 });
    assert.equal(tagsOf(await acct.describeOne(allocationId)).length, 20, 'the rejected tag was not added');
  });

  it('tagging an existing key again replaces its value and does not count as a new tag (20 tags, overwrite k0)', async () => {
    const { allocationId } = await acct.allocate();
    await acct.tag([allocationId], Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })));
    await acct.tag([allocationId], [{ key: 'k0', value: 'changed' }]);
    const tags = tagsOf(await acct.describeOne(allocationId));
    assert.equal(tags.length, 20);
    assert.ok(tags.includes('k0=changed'), tags.join(','));
    assert.ok(!tags.includes('k0=v0'));
  });

  it('25 parallel TagResources calls with distinct keys never leave more than 20 tags; the rejected ones are 400 QuotaExceeded.TagNum', async () => {
    const { allocationId } = await acct.allocate();
    const results = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => acct.tag([allocationId], [{ key: `p${i}`, value: 'x' }])));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    for (const r of results.filter((x) => x.status === 'rejected')) {
      assert.equal(r.reason.code, 'QuotaExceeded.TagNum', `${r.reason.code} HTTP ${r.reason.statusCode}: ${r.reason.message}`);
      assert.equal(r.reason.statusCode, 400);
    }
    const tags = tagsOf(await acct.describeOne(allocationId));
    assert.equal(ok, 20, `${ok} calls succeeded`);
    assert.equal(tags.length, 20, `${tags.length} tags: ${tags.join(',')}`);
  });

  it("tagging another account's EIP is 404 InvalidResourceId.NotFound", async () => {
    const other = await ctx.harness.createAccount();
    await expectError(other.tag([e1.allocationId], [{ key: 'steal', value: 'x' }]), { code: 'InvalidResourceId.NotFound', status: 404 });
    assert.ok(!tagsOf(await acct.describeOne(e1.allocationId)).includes('steal=x'));
  });
});

describe('R-EIP-1 tags and protection are per account', () => {
  let owner;
  let other;
  let eip;
  before(async () => {
    owner = await ctx.harness.createAccount();
    other = await ctx.harness.createAccount();
    eip = await owner.allocate();
    await owner.tag([eip.allocationId], [{ key: 'shared-key', value: 'owner' }]);
    const own = await other.allocate();
    await other.tag([own.allocationId], [{ key: 'shared-key', value: 'other' }]);
  });

  it("ListTagResources never shows another account's resources (by ResourceId or by Tag)", async () => {
    const byId = await listTags(other, { resourceIds: [eip.allocationId] }).catch((err) => {
      assert.equal(err.statusCode, 404, `${err.code}: ${err.message}`);
      return null;
    });
    if (byId) assert.deepEqual(byId.tagResources?.tagResource ?? [], []);
    const byTag = await listTags(other, { tags: [{ key: 'shared-key', value: 'owner' }] });
    assert.deepEqual(byTag.tagResources?.tagResource ?? [], []);
    const byKey = await listTags(other, { tags: [{ key: 'shared-key' }] });
    assert.deepEqual((byKey.tagResources?.tagResource ?? []).map((t) => t.tagValue), ['other']);
  });

  it("UnTagResources on another account's EIP is 404 InvalidResourceId.NotFound and removes nothing", async () => {
    await expectError(untag(other, [eip.allocationId], { all: true }), { code: 'InvalidResourceId.NotFound', status: 404 });
    assert.deepEqual(tagsOf(await owner.describeOne(eip.allocationId)), ['shared-key=owner']);
  });

  it("DeletionProtection on another account's EIP is a 404 *.NotFound and changes nothing", async () => {
    const err = await expectError(other.deletionProtection(eip.allocationId, true), { status: 404 });
    assert.match(err.code, /NotFound$/);
    assert.equal((await owner.describeOne(eip.allocationId)).deletionProtection, false);
  });
});

describe('DeletionProtection', () => {
  it('R-LIFE-4 enabled protection shows DeletionProtection true and blocks release with 400 InvalidOperation.DeletionProtection; after disabling, release works', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    const r = await acct.deletionProtection(allocationId, true);
    assert.ok(r.requestId);
    assert.equal((await acct.describeOne(allocationId)).deletionProtection, true);
    await expectError(acct.release(allocationId), { code: 'InvalidOperation.DeletionProtection', status: 400 });
    assert.ok(await acct.describeOne(allocationId), 'still there');
    await acct.deletionProtection(allocationId, false);
    assert.equal((await acct.describeOne(allocationId)).deletionProtection, false);
    await acct.release(allocationId);
    assert.equal(await acct.describeOne(allocationId), undefined);
  });
});

describe('ReleaseEipAddress', () => {
  it('release returns RequestId; afterwards Describe by AllocationId is an empty list (TotalCount 0), and a second release is 404 InvalidAllocationId.NotFound', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    const r = await acct.release(allocationId);
    assert.equal(typeof r.requestId, 'string');
    const body = await acct.describe({ allocationId });
    assert.equal(body.totalCount, 0);
    assert.deepEqual(body.eipAddresses.eipAddress, []);
    await expectError(acct.release(allocationId), { code: 'InvalidAllocationId.NotFound', status: 404 });
  });

  it('10 parallel releases of one EIP: exactly one succeeds, the others are 4xx (InvalidAllocationId.NotFound or IncorrectEipStatus), none 5xx', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => acct.release(allocationId)));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    for (const r of results.filter((x) => x.status === 'rejected')) {
      assert.ok(['InvalidAllocationId.NotFound', 'IncorrectEipStatus'].includes(r.reason.code), `${r.reason.code} HTTP ${r.reason.statusCode}: ${r.reason.message}`);
      assert.ok(r.reason.statusCode >= 400 && r.reason.statusCode < 500);
    }
    assert.equal(ok, 1);
    assert.equal(await acct.describeOne(allocationId), undefined);
  });

  it('releasing an id that never existed is 404 InvalidAllocationId.NotFound', async () => {
    const acct = await ctx.harness.createAccount();
    await expectError(acct.release('eip-zzzzzzzzzzzzzzzzzzzz'), { code: 'InvalidAllocationId.NotFound', status: 404 });
  });

  it('ReleaseEipAddress without RegionId (the SDK sends none unless set) releases the EIP', async () => {
    const acct = await ctx.harness.createAccount();
    const { allocationId } = await acct.allocate();
    await acct.vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ allocationId }));
    assert.equal(await acct.describeOne(allocationId), undefined);
  });
});
