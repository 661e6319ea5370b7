/*
 * node.c - libpg_query's parse trees (protobuf-c messages) walked, built,
 * copied and hashed as they are, for every stage that reads or rewrites a
 * tree: the normalizer, the name resolver, the deparser, the builder.
 *
 * The walk is generic: it follows each message's descriptor, so every node
 * kind is visited without a switch that would have to list them all.
 */
#include "node.h"
#include "arena.h"

#include <pg_query.h>
#include <string.h>
#include <xxhash.h>

/* ---- walking ------------------------------------------------------------ */

/* Where each kind's message sits in a Node, by node_case (the Node
 * message is one oneof whose field ids are the cases): looked up in a table
 * rather than by protobuf-c's search, since every step of a walk asks. */
enum { NODE_CASES = 1024 };
static unsigned inner_offset[NODE_CASES];	/* 0: no such case */

ProtobufCMessage *node_inner(Node *n)
{
	static bool ready;
	unsigned c;

	if (!n || n->node_case == PG_QUERY__NODE__NODE__NOT_SET)
		return NULL;
	if (!ready) {
		const ProtobufCMessageDescriptor *d = &pg_query__node__descriptor;
		for (unsigned i = 0; i < d->n_fields; i++)
			if (d->fields[i].id < NODE_CASES)
				inner_offset[d->fields[i].id] = d->fields[i].offset;
		ready = true;
	}
	c = (unsigned)n->node_case;
	if (c < NODE_CASES && inner_offset[c])
		return *(ProtobufCMessage **)((char *)n + inner_offset[c]);
	{
		const ProtobufCFieldDescriptor *f =
			protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, c);
		return f ? *(ProtobufCMessage **)((char *)n + f->offset) : NULL;
	}
}

void node_visit(ProtobufCMessage *m, const struct node_walker *w)
{
	const ProtobufCMessageDescriptor *d;

	if (!m)
		return;
	if (w->msg)
		w->msg(m, w->ctx);
	d = m->descriptor;
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		char *base = (char *)m;
		size_t n = 1;
		ProtobufCMessage **arr;

		/* most fields are scalars: only locations matter among them */
		if (f->type != PROTOBUF_C_TYPE_MESSAGE &&
		    !(f->type == PROTOBUF_C_TYPE_INT32 && w->zero_locations))
			continue;
		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
			uint32_t c = *(uint32_t *)(base + f->quantifier_offset);
			if (c != f->id)
				continue;
		}
		if (f->type != PROTOBUF_C_TYPE_MESSAGE) {
			if (strcmp(f->name, "location") == 0)
				*(int32_t *)(base + f->offset) = 0;
			continue;
		}
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			n = *(size_t *)(base + f->quantifier_offset);
			arr = *(ProtobufCMessage ***)(base + f->offset);
		} else {
			arr = (ProtobufCMessage **)(base + f->offset);
		}
		for (size_t j = 0; j < n; j++) {
			if (!arr[j])
				continue;
			if (f->descriptor != &pg_query__node__descriptor) {
				node_visit(arr[j], w);
				continue;
			}
			if (w->pre && !w->pre((Node **)&arr[j], w->ctx))
				continue;
			node_visit(node_inner((Node *)arr[j]), w);
			if (w->post && arr[j])
				w->post((Node **)&arr[j], w->ctx);
		}
	}
}

void node_walk_post(ProtobufCMessage *m, node_fn fn, void *ctx, bool zero_locations)
{
	struct node_walker w = { NULL, NULL, fn, ctx, zero_locations };

	node_visit(m, &w);
}

void node_walk(Node **slot, node_pre_fn pre, void *ctx)
{
	struct node_walker w = { NULL, pre, NULL, ctx, false };

	if (*slot && pre(slot, ctx))
		node_visit(node_inner(*slot), &w);
}

void message_each(ProtobufCMessage *m, void (*fn)(ProtobufCMessage *m, void *ctx), void *ctx)
{
	struct node_walker w = { fn, NULL, NULL, ctx, false };

	node_visit(m, &w);
}

uint8_t *node_pack(struct arena *a, const Node *n, size_t *len)
{
	size_t size = pg_query__node__get_packed_size(n);
	uint8_t *buf = arena_alloc(a, size ? size : 1);
	*len = pg_query__node__pack(n, buf);
	return buf;
}

/* ---- building and copying ---------------------------------------------- */

Node *node_string(struct arena *a, const char *s)
{
	Node *n = arena_alloc(a, sizeof(*n));
	PgQuery__String *str = arena_alloc(a, sizeof(*str));

	pg_query__node__init(n);
	pg_query__string__init(str);
	str->sval = (char *)s;
	n->node_case = PG_QUERY__NODE__NODE_STRING;
	n->string = str;
	return n;
}

/* ---- hashing ------------------------------------------------------------ */

/* Field f of m: the number of its values, which start at *p; 0 where
 * another case of its oneof is set or a repeated field is empty. */
static size_t field_values(const ProtobufCMessage *m, const ProtobufCFieldDescriptor *f,
			   const void **p)
{
	const char *base = (const char *)m;

	if ((f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) &&
	    *(const uint32_t *)(base + f->quantifier_offset) != f->id)
		return 0;
	if (f->label == PROTOBUF_C_LABEL_REPEATED) {
		*p = *(void *const *)(base + f->offset);
		return *(const size_t *)(base + f->quantifier_offset);
	}
	*p = base + f->offset;
	return 1;
}

void node_hash_message(XXH3_state_t *h, const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;

	XXH3_128bits_update(h, &d, sizeof(d));
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		const void *p;
		size_t count = field_values(m, f, &p);

		if (!count)
			continue;
		for (size_t j = 0; j < count; j++) {
			switch (f->type) {
			case PROTOBUF_C_TYPE_MESSAGE: {
				const ProtobufCMessage *sub = ((ProtobufCMessage *const *)p)[j];
				if (!sub)
					break;
				XXH3_128bits_update(h, &f->id, sizeof(f->id));
				if (f->descriptor == &pg_query__node__descriptor) {
					Node *n = (Node *)sub;
					ProtobufCMessage *inner = node_inner(n);
					XXH3_128bits_update(h, &n->node_case, sizeof(n->node_case));
					if (inner)
						node_hash_message(h, inner);
				} else {
					node_hash_message(h, sub);
				}
				break;
			}
			case PROTOBUF_C_TYPE_STRING: {
				const char *s = ((char *const *)p)[j];
				if (!s || !*s)
					break;
				XXH3_128bits_update(h, &f->id, sizeof(f->id));
				XXH3_128bits_update(h, s, strlen(s) + 1);
				break;
			}
			case PROTOBUF_C_TYPE_INT32:
			case PROTOBUF_C_TYPE_UINT32:
			case PROTOBUF_C_TYPE_ENUM: {
				uint32_t v = ((const uint32_t *)p)[j];
				if (!v || strcmp(f->name, "location") == 0)
					break;
				XXH3_128bits_update(h, &f->id, sizeof(f->id));
				XXH3_128bits_update(h, &v, sizeof(v));
				break;
			}
			case PROTOBUF_C_TYPE_BOOL: {
				protobuf_c_boolean v = ((const protobuf_c_boolean *)p)[j];
				if (!v)
					break;
				XXH3_128bits_update(h, &f->id, sizeof(f->id));
				break;
			}
			case PROTOBUF_C_TYPE_INT64:
			case PROTOBUF_C_TYPE_UINT64: {
				uint64_t v = ((const uint64_t *)p)[j];
				if (!v)
					break;
				XXH3_128bits_update(h, &f->id, sizeof(f->id));
				XXH3_128bits_update(h, &v, sizeof(v));
				break;
			}
			default:
				break;
			}
		}
	}
}

void node_hash_raw(const Node *node, uint64_t key[2])
{
	XXH3_state_t *h = XXH3_createState();
	XXH128_hash_t r;

	XXH3_128bits_reset(h);
	XXH3_128bits_update(h, &node->node_case, sizeof(node->node_case));
	if (node_inner((Node *)node))
		node_hash_message(h, node_inner((Node *)node));
	r = XXH3_128bits_digest(h);
	XXH3_freeState(h);
	key[0] = r.low64;
	key[1] = r.high64;
}

/* node_hash_exact's state: the encoding is gathered in buf and hashed a
 * buffer at a time, since a field is a few bytes. */
struct exact_hash {
	XXH3_state_t *state;
	size_t len;
	unsigned char buf[4096];
};

static void exact_add(struct exact_hash *h, const void *p, size_t n)
{
	if (h->len + n > sizeof(h->buf)) {
		XXH3_128bits_update(h->state, h->buf, h->len);
		h->len = 0;
		if (n > sizeof(h->buf)) {
			XXH3_128bits_update(h->state, p, n);
			return;
		}
	}
	memcpy(h->buf + h->len, p, n);
	h->len += n;
}

/* The bytes a scalar field of type t takes in a message (0: not a scalar). */
static size_t scalar_size(ProtobufCType t)
{
	switch (t) {
	case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_SINT32: case PROTOBUF_C_TYPE_SFIXED32:
	case PROTOBUF_C_TYPE_UINT32: case PROTOBUF_C_TYPE_FIXED32: case PROTOBUF_C_TYPE_FLOAT:
	case PROTOBUF_C_TYPE_ENUM:
		return 4;
	case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
	case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_DOUBLE:
		return 8;
	case PROTOBUF_C_TYPE_BOOL:
		return sizeof(protobuf_c_boolean);
	default:
		return 0;
	}
}

/* m as a sequence of bytes no other message gives: its descriptor, then
 * each field in order, repeated ones with their count, strings with their
 * NUL, absent messages and strings as a 0 byte where a present one has 1. */
static void exact_message(struct exact_hash *h, const ProtobufCMessage *m)
{
	const ProtobufCMessageDescriptor *d = m->descriptor;
	static const unsigned char absent = 0, present = 1;

	exact_add(h, &d, sizeof(d));
	if (d == &pg_query__node__descriptor) {
		/* one oneof of some 250 kinds: its case says which, no search */
		const ProtobufCMessage *inner = node_inner((Node *)m);
		exact_add(h, &((const Node *)m)->node_case, sizeof(((const Node *)m)->node_case));
		exact_add(h, inner ? &present : &absent, 1);
		if (inner)
			exact_message(h, inner);
		return;
	}
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		const void *p;
		size_t count = field_values(m, f, &p);

		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
			if (!count)
				continue;	/* another case of the oneof is set */
			exact_add(h, &f->id, sizeof(f->id));
		} else if (f->label == PROTOBUF_C_LABEL_OPTIONAL && f->quantifier_offset) {
			exact_add(h, (const char *)m + f->quantifier_offset, sizeof(protobuf_c_boolean));
		}
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			exact_add(h, &count, sizeof(count));
			if (!count)
				continue;
		}
		if (scalar_size(f->type)) {
			exact_add(h, p, count * scalar_size(f->type));
			continue;
		}
		for (size_t j = 0; j < count; j++) {
			if (f->type == PROTOBUF_C_TYPE_MESSAGE || f->type == PROTOBUF_C_TYPE_STRING) {
				const void *v = ((const void *const *)p)[j];
				exact_add(h, v ? &present : &absent, 1);
				if (v && f->type == PROTOBUF_C_TYPE_MESSAGE)
					exact_message(h, v);
				else if (v)
					exact_add(h, v, strlen(v) + 1);
			} else if (f->type == PROTOBUF_C_TYPE_BYTES) {
				const ProtobufCBinaryData *b = &((const ProtobufCBinaryData *)p)[j];
				exact_add(h, &b->len, sizeof(b->len));
				exact_add(h, b->data, b->len);
			}
		}
	}
}

void node_hash_exact(const ProtobufCMessage *m, uint64_t key[2])
{
	struct exact_hash h;
	XXH128_hash_t r;

	h.state = XXH3_createState();
	h.len = 0;
	XXH3_128bits_reset(h.state);
	exact_message(&h, m);
	XXH3_128bits_update(h.state, h.buf, h.len);
	r = XXH3_128bits_digest(h.state);
	XXH3_freeState(h.state);
	key[0] = r.low64;
	key[1] = r.high64;
}

Node *node_copy(struct arena *a, const Node *n)
{
	ProtobufCAllocator al = arena_protobuf_allocator(a);
	size_t len;
	uint8_t *buf = node_pack(a, n, &len);

	return pg_query__node__unpack(&al, len, buf);
}
