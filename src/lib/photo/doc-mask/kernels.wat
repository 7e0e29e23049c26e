;; The document-mask network's convolutions in WebAssembly with 128-bit SIMD: the 1 × 1 (four fifths of a run's
;; time in plain TypeScript, network.ts) and the 3 × 3 (most of the rest). scripts/doc-model/build-kernels.mjs
;; compiles this file into kernels.ts; network.ts runs it where the engine has WebAssembly SIMD and keeps its own
;; loops elsewhere. Every pointer is a byte offset into the imported memory; planes are channel by channel, row by
;; row, as float32.
(module
	(import "env" "memory" (memory 1))

	;; out[o][p] = b[o] + Σ_c w[o][c] · in[c][p] for o < cout, p < n; negative sums become 0 when relu ≠ 0.
	;; w is cout × cin (row-major), b is cout, in is cin × n, out is cout × n; n must be a multiple of 8.
	;; Four outputs by eight pixels at a time, in eight accumulators, so each input vector is read once for four outputs.
	(func (export "pointwise")
		(param $w i32) (param $b i32) (param $in i32) (param $out i32)
		(param $cout i32) (param $cin i32) (param $n i32) (param $relu i32)
		(local $o i32) (local $p i32) (local $c i32) (local $plane i32) (local $wrow i32)
		(local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32) (local $ip i32) (local $op i32)
		(local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
		(local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
		(local $x0 v128) (local $x1 v128) (local $k v128) (local $zero v128)
		(local.set $plane (i32.shl (local.get $n) (i32.const 2)))
		(local.set $wrow (i32.shl (local.get $cin) (i32.const 2)))
		(local.set $zero (f32x4.splat (f32.const 0)))
		;; Four outputs at a time.
		(block $fours
			(loop $outputs
				(br_if $fours (i32.gt_u (i32.add (local.get $o) (i32.const 4)) (local.get $cout)))
				(local.set $p (i32.const 0))
				(loop $pixels
					(local.set $a0 (v128.load32_splat (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a1 (local.get $a0))
					(local.set $a2 (v128.load32_splat offset=4 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a3 (local.get $a2))
					(local.set $a4 (v128.load32_splat offset=8 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a5 (local.get $a4))
					(local.set $a6 (v128.load32_splat offset=12 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a7 (local.get $a6))
					(local.set $ip (i32.add (local.get $in) (i32.shl (local.get $p) (i32.const 2))))
					(local.set $w0 (i32.add (local.get $w) (i32.mul (local.get $o) (local.get $wrow))))
					(local.set $w1 (i32.add (local.get $w0) (local.get $wrow)))
					(local.set $w2 (i32.add (local.get $w1) (local.get $wrow)))
					(local.set $w3 (i32.add (local.get $w2) (local.get $wrow)))
					(local.set $c (local.get $cin))
					(loop $channels
						(local.set $x0 (v128.load (local.get $ip)))
						(local.set $x1 (v128.load offset=16 (local.get $ip)))
						(local.set $k (v128.load32_splat (local.get $w0)))
						(local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w1)))
						(local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w2)))
						(local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a5 (f32x4.add (local.get $a5) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w3)))
						(local.set $a6 (f32x4.add (local.get $a6) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a7 (f32x4.add (local.get $a7) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $ip (i32.add (local.get $ip) (local.get $plane)))
						(local.set $w0 (i32.add (local.get $w0) (i32.const 4)))
						(local.set $w1 (i32.add (local.get $w1) (i32.const 4)))
						(local.set $w2 (i32.add (local.get $w2) (i32.const 4)))
						(local.set $w3 (i32.add (local.get $w3) (i32.const 4)))
						(local.set $c (i32.sub (local.get $c) (i32.const 1)))
						(br_if $channels (local.get $c)))
					(if (local.get $relu)
						(then
							(local.set $a0 (f32x4.pmax (local.get $zero) (local.get $a0)))
							(local.set $a1 (f32x4.pmax (local.get $zero) (local.get $a1)))
							(local.set $a2 (f32x4.pmax (local.get $zero) (local.get $a2)))
							(local.set $a3 (f32x4.pmax (local.get $zero) (local.get $a3)))
							(local.set $a4 (f32x4.pmax (local.get $zero) (local.get $a4)))
							(local.set $a5 (f32x4.pmax (local.get $zero) (local.get $a5)))
							(local.set $a6 (f32x4.pmax (local.get $zero) (local.get $a6)))
							(local.set $a7 (f32x4.pmax (local.get $zero) (local.get $a7)))))
					(local.set $op
						(i32.add
							(i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane)))
							(i32.shl (local.get $p) (i32.const 2))))
					(v128.store (local.get $op) (local.get $a0))
					(v128.store offset=16 (local.get $op) (local.get $a1))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a2))
					(v128.store offset=16 (local.get $op) (local.get $a3))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a4))
					(v128.store offset=16 (local.get $op) (local.get $a5))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a6))
					(v128.store offset=16 (local.get $op) (local.get $a7))
					(local.set $p (i32.add (local.get $p) (i32.const 8)))
					(br_if $pixels (i32.lt_u (local.get $p) (local.get $n))))
				(local.set $o (i32.add (local.get $o) (i32.const 4)))
				(br $outputs)))
		;; The outputs left over (cout not a multiple of four), one at a time.
		(block $ones
			(loop $outputs
				(br_if $ones (i32.ge_u (local.get $o) (local.get $cout)))
				(local.set $p (i32.const 0))
				(loop $pixels
					(local.set $a0 (v128.load32_splat (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a1 (local.get $a0))
					(local.set $ip (i32.add (local.get $in) (i32.shl (local.get $p) (i32.const 2))))
					(local.set $w0 (i32.add (local.get $w) (i32.mul (local.get $o) (local.get $wrow))))
					(local.set $c (local.get $cin))
					(loop $channels
						(local.set $k (v128.load32_splat (local.get $w0)))
						(local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $k) (v128.load (local.get $ip)))))
						(local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $k) (v128.load offset=16 (local.get $ip)))))
						(local.set $ip (i32.add (local.get $ip) (local.get $plane)))
						(local.set $w0 (i32.add (local.get $w0) (i32.const 4)))
						(local.set $c (i32.sub (local.get $c) (i32.const 1)))
						(br_if $channels (local.get $c)))
					(if (local.get $relu)
						(then
							(local.set $a0 (f32x4.pmax (local.get $zero) (local.get $a0)))
							(local.set $a1 (f32x4.pmax (local.get $zero) (local.get $a1)))))
					(local.set $op
						(i32.add
							(i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane)))
							(i32.shl (local.get $p) (i32.const 2))))
					(v128.store (local.get $op) (local.get $a0))
					(v128.store offset=16 (local.get $op) (local.get $a1))
					(local.set $p (i32.add (local.get $p) (i32.const 8)))
					(br_if $pixels (i32.lt_u (local.get $p) (local.get $n))))
				(local.set $o (i32.add (local.get $o) (i32.const 1)))
				(br $outputs))))
	;; out[o] = ReLU(b[o] + Σ 3 × 3 taps over the input planes, zero-padded by 1, at stride 1 or 2), as network.ts's
	;; conv3x3: depthwise (depthwise ≠ 0: output o reads plane o alone, cin = cout, w is cout × 9) or full (every
	;; plane into every output, w is cout × cin × 9). size is the input's side (a multiple of 8); pad is scratch
	;; for (size + 2)² floats, whose border stays 0 while each plane in turn is copied inside it.
	(func (export "conv3x3")
		(param $w i32) (param $b i32) (param $in i32) (param $out i32) (param $pad i32)
		(param $size i32) (param $stride i32) (param $cin i32) (param $cout i32) (param $depthwise i32)
		(local $outSize i32) (local $plane i32) (local $ps i32) (local $c i32) (local $o i32) (local $to i32)
		(local $y i32) (local $at i32) (local $end i32) (local $v v128)
		(local.set $outSize (i32.div_u (local.get $size) (local.get $stride)))
		(local.set $plane (i32.shl (i32.mul (local.get $outSize) (local.get $outSize)) (i32.const 2)))
		(local.set $ps (i32.add (local.get $size) (i32.const 2)))
		;; Each output plane starts at its bias.
		(local.set $o (i32.const 0))
		(loop $biases
			(local.set $v (v128.load32_splat (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
			(local.set $at (i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane))))
			(local.set $end (i32.add (local.get $at) (local.get $plane)))
			(loop $fill
				(v128.store (local.get $at) (local.get $v))
				(local.set $at (i32.add (local.get $at) (i32.const 16)))
				(br_if $fill (i32.lt_u (local.get $at) (local.get $end))))
			(local.set $o (i32.add (local.get $o) (i32.const 1)))
			(br_if $biases (i32.lt_u (local.get $o) (local.get $cout))))
		(memory.fill (local.get $pad) (i32.const 0) (i32.shl (i32.mul (local.get $ps) (local.get $ps)) (i32.const 2)))
		(local.set $c (i32.const 0))
		(loop $planes
			;; Plane c inside the padding: its row y at padded row y + 1, column 1.
			(local.set $y (i32.const 0))
			(loop $rows
				(memory.copy
					(i32.add
						(local.get $pad)
						(i32.shl
							(i32.add (i32.mul (i32.add (local.get $y) (i32.const 1)) (local.get $ps)) (i32.const 1))
							(i32.const 2)))
					(i32.add
						(local.get $in)
						(i32.shl
							(i32.mul (i32.add (i32.mul (local.get $c) (local.get $size)) (local.get $y)) (local.get $size))
							(i32.const 2)))
					(i32.shl (local.get $size) (i32.const 2)))
				(local.set $y (i32.add (local.get $y) (i32.const 1)))
				(br_if $rows (i32.lt_u (local.get $y) (local.get $size))))
			(if (local.get $depthwise)
				(then
					(call $taps
						(i32.add (local.get $w) (i32.mul (local.get $c) (i32.const 36)))
						(local.get $pad)
						(i32.add (local.get $out) (i32.mul (local.get $c) (local.get $plane)))
						(local.get $outSize) (local.get $ps) (local.get $stride)))
				(else
					(local.set $o (i32.const 0))
					(loop $outputs
						(call $taps
							(i32.add
								(local.get $w)
								(i32.mul (i32.add (i32.mul (local.get $o) (local.get $cin)) (local.get $c)) (i32.const 36)))
							(local.get $pad)
							(i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane)))
							(local.get $outSize) (local.get $ps) (local.get $stride))
						(local.set $o (i32.add (local.get $o) (i32.const 1)))
						(br_if $outputs (i32.lt_u (local.get $o) (local.get $cout))))))
			(local.set $c (i32.add (local.get $c) (i32.const 1)))
			(br_if $planes (i32.lt_u (local.get $c) (if (result i32) (local.get $depthwise) (then (local.get $cout)) (else (local.get $cin))))))
		;; ReLU over every output plane.
		(local.set $at (local.get $out))
		(local.set $end (i32.add (local.get $out) (i32.mul (local.get $cout) (local.get $plane))))
		(local.set $v (f32x4.splat (f32.const 0)))
		(loop $relu
			(v128.store (local.get $at) (f32x4.pmax (local.get $v) (v128.load (local.get $at))))
			(local.set $at (i32.add (local.get $at) (i32.const 16)))
			(br_if $relu (i32.lt_u (local.get $at) (local.get $end)))))

	;; out[y][x] += Σ k[3i + j] · pad[stride·y + i][stride·x + j] for one plane: k is 9 floats, pad has rows of ps
	;; floats, out is outSize² (outSize a multiple of 4), four outputs of a row at a time. At stride 2 the four
	;; inputs of a tap lie two apart: two vector loads, then a shuffle keeps their even lanes.
	(func $taps (param $k i32) (param $pad i32) (param $out i32) (param $outSize i32) (param $ps i32) (param $stride i32)
		(local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128) (local $k4 v128)
		(local $k5 v128) (local $k6 v128) (local $k7 v128) (local $k8 v128)
		(local $y i32) (local $x i32) (local $row i32) (local $r0 i32) (local $r1 i32) (local $r2 i32)
		(local $q i32) (local $rowBytes i32) (local $acc v128)
		(local.set $k0 (v128.load32_splat (local.get $k)))
		(local.set $k1 (v128.load32_splat offset=4 (local.get $k)))
		(local.set $k2 (v128.load32_splat offset=8 (local.get $k)))
		(local.set $k3 (v128.load32_splat offset=12 (local.get $k)))
		(local.set $k4 (v128.load32_splat offset=16 (local.get $k)))
		(local.set $k5 (v128.load32_splat offset=20 (local.get $k)))
		(local.set $k6 (v128.load32_splat offset=24 (local.get $k)))
		(local.set $k7 (v128.load32_splat offset=28 (local.get $k)))
		(local.set $k8 (v128.load32_splat offset=32 (local.get $k)))
		(local.set $rowBytes (i32.shl (local.get $ps) (i32.const 2)))
		(local.set $q (local.get $out))
		(local.set $y (i32.const 0))
		(loop $rows
			;; Padded row stride·y, its first byte.
			(local.set $row (i32.add (local.get $pad) (i32.mul (i32.mul (local.get $stride) (local.get $y)) (local.get $rowBytes))))
			(local.set $x (i32.const 0))
			(if (i32.eq (local.get $stride) (i32.const 1))
				(then
					(loop $columns
						(local.set $r0 (i32.add (local.get $row) (i32.shl (local.get $x) (i32.const 2))))
						(local.set $r1 (i32.add (local.get $r0) (local.get $rowBytes)))
						(local.set $r2 (i32.add (local.get $r1) (local.get $rowBytes)))
						(local.set $acc (v128.load (local.get $q)))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k0) (v128.load (local.get $r0)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k1) (v128.load offset=4 (local.get $r0)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k2) (v128.load offset=8 (local.get $r0)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k3) (v128.load (local.get $r1)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k4) (v128.load offset=4 (local.get $r1)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k5) (v128.load offset=8 (local.get $r1)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k6) (v128.load (local.get $r2)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k7) (v128.load offset=4 (local.get $r2)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k8) (v128.load offset=8 (local.get $r2)))))
						(v128.store (local.get $q) (local.get $acc))
						(local.set $q (i32.add (local.get $q) (i32.const 16)))
						(local.set $x (i32.add (local.get $x) (i32.const 4)))
						(br_if $columns (i32.lt_u (local.get $x) (local.get $outSize)))))
				(else
					(loop $columns
						;; Outputs x … x + 3 read padded columns 2x + j, 2x + 2 + j, 2x + 4 + j, 2x + 6 + j.
						(local.set $r0 (i32.add (local.get $row) (i32.shl (local.get $x) (i32.const 3))))
						(local.set $r1 (i32.add (local.get $r0) (local.get $rowBytes)))
						(local.set $r2 (i32.add (local.get $r1) (local.get $rowBytes)))
						(local.set $acc (v128.load (local.get $q)))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k0) (call $even (local.get $r0)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k1) (call $even (i32.add (local.get $r0) (i32.const 4))))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k2) (call $even (i32.add (local.get $r0) (i32.const 8))))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k3) (call $even (local.get $r1)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k4) (call $even (i32.add (local.get $r1) (i32.const 4))))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k5) (call $even (i32.add (local.get $r1) (i32.const 8))))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k6) (call $even (local.get $r2)))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k7) (call $even (i32.add (local.get $r2) (i32.const 4))))))
						(local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (local.get $k8) (call $even (i32.add (local.get $r2) (i32.const 8))))))
						(v128.store (local.get $q) (local.get $acc))
						(local.set $q (i32.add (local.get $q) (i32.const 16)))
						(local.set $x (i32.add (local.get $x) (i32.const 4)))
						(br_if $columns (i32.lt_u (local.get $x) (local.get $outSize))))))
			(local.set $y (i32.add (local.get $y) (i32.const 1)))
			(br_if $rows (i32.lt_u (local.get $y) (local.get $outSize)))))

	;; The floats at p, p + 8, p + 16 and p + 24 bytes (every other float of eight).
	(func $even (param $p i32) (result v128)
		(i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
			(v128.load (local.get $p))
			(v128.load offset=16 (local.get $p))))
)
